namespace Parley.Cli.Tests;
using Parley.Store; using Parley.Store.Serialization; using Parley.Core.State;
public class Scratch { [Xunit.Fact] public void Debug() {
using var log = SqliteEventLog.Open("/tmp/pt/d.db", OpenMode.MustExist);
var state = ParleyState.Empty;
foreach (var s in log.Read()) { try { var e = EventCodec.Decode(s); state = state.Apply(e);} catch (Exception ex) { File.WriteAllText("/tmp/pt/err.txt", s.Sequence + " " + s.Type + " " + System.Text.Encoding.UTF8.GetString(s.Public) + "\n" + System.Text.Encoding.UTF8.GetString(s.Private ?? []) + "\n" + ex); break; } }
}}
