namespace Parley.Store.PublicRecord;

/// <summary>
/// A submitted cosignature was refused and nothing was stored. The subclasses say why: the key is not a witness of this
/// log, the checkpoint was never issued by it, or the note or signature is not valid. Messages are fit to show as is.
/// </summary>
public abstract class CosignatureRejectedException(string message) : Exception(message);
