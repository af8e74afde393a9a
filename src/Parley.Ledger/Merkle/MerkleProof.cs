namespace Parley.Ledger.Merkle;

/// <summary>
/// Verification of RFC 9162 proofs, following the RFC's own algorithms step by step:
/// inclusion §2.1.3.2 (https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.2) and consistency
/// §2.1.4.2 (https://www.rfc-editor.org/rfc/rfc9162#section-2.1.4.2). The <c>Verify…</c> methods
/// return false for any bad input; the <c>Check…</c> methods throw
/// <see cref="ProofVerificationException"/> naming the failed check.
/// </summary>
public static class MerkleProof
{
    /// <summary>True if <paramref name="proof"/> shows the leaf at <paramref name="index"/> is in the tree of <paramref name="size"/> with <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(Hash leafHash, long index, long size, IReadOnlyList<Hash> proof, Hash root) =>
        InclusionFailure(leafHash, index, size, Preconditions.CheckNotNull(proof, nameof(proof)), root) is null;

    /// <exception cref="ProofVerificationException">The proof does not verify.</exception>
    public static void CheckInclusion(Hash leafHash, long index, long size, IReadOnlyList<Hash> proof, Hash root)
    {
        var failure = InclusionFailure(leafHash, index, size, Preconditions.CheckNotNull(proof, nameof(proof)), root);
        if (failure is not null)
        {
            throw new ProofVerificationException("inclusion", failure);
        }
    }

    /// <summary>True if <paramref name="proof"/> shows the tree of <paramref name="oldSize"/> is a prefix of the tree of <paramref name="newSize"/>.</summary>
    public static bool VerifyConsistency(long oldSize, long newSize, Hash oldRoot, Hash newRoot, IReadOnlyList<Hash> proof) =>
        ConsistencyFailure(oldSize, newSize, oldRoot, newRoot, Preconditions.CheckNotNull(proof, nameof(proof))) is null;

    /// <exception cref="ProofVerificationException">The proof does not verify.</exception>
    public static void CheckConsistency(long oldSize, long newSize, Hash oldRoot, Hash newRoot, IReadOnlyList<Hash> proof)
    {
        var failure = ConsistencyFailure(oldSize, newSize, oldRoot, newRoot, Preconditions.CheckNotNull(proof, nameof(proof)));
        if (failure is not null)
        {
            throw new ProofVerificationException("consistency", failure);
        }
    }

    /// <summary>RFC 9162 §2.1.3.2; returns why verification fails, or null if it succeeds.</summary>
    internal static string? InclusionFailure(Hash leafHash, long index, long size, IReadOnlyList<Hash> proof, Hash root)
    {
        // 1. Compare leaf_index from the inclusion_proof to tree_size; fail if leaf_index >= tree_size.
        if (index < 0 || size < 0 || index >= size)
        {
            return $"index {index} is outside a tree of size {size}";
        }
        // 2. fn = leaf_index, sn = tree_size - 1.  3. r = hash.
        var fn = index;
        var sn = size - 1;
        var r = leafHash;
        // 4. For each value p in the inclusion_path array:
        foreach (var p in proof)
        {
            // a. If sn is 0, then stop the iteration and fail the proof verification.
            if (sn == 0)
            {
                return $"the proof has {proof.Count} hashes, more than a tree of size {size} needs for index {index}";
            }
            // b. If LSB(fn) is set, or if fn is equal to sn, then:
            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.NodeHash(p, r);
                // If LSB(fn) is not set, right-shift fn and sn equally until LSB(fn) is set or fn is 0.
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = MerkleHash.NodeHash(r, p);
            }
            // c. Finally, right-shift both fn and sn one time.
            fn >>= 1;
            sn >>= 1;
        }
        // 5. Compare tree_size to... sn must be 0, and r must equal root_hash.
        if (sn != 0)
        {
            return $"the proof has {proof.Count} hashes, fewer than a tree of size {size} needs for index {index}";
        }
        if (r != root)
        {
            return $"the computed root {r} differs from the expected root {root}";
        }
        return null;
    }

    /// <summary>RFC 9162 §2.1.4.2; returns why verification fails, or null if it succeeds.</summary>
    internal static string? ConsistencyFailure(long first, long second, Hash firstHash, Hash secondHash, IReadOnlyList<Hash> proof)
    {
        if (first <= 0 || first > second)
        {
            return $"a consistency proof needs 0 < old size <= new size; got old size {first} and new size {second}";
        }
        if (first == second)
        {
            // Equal sizes: the proof is empty and the two roots must be the same (RFC 9162 §2.1.4.1
            // SUBPROOF(m, D[m], true) is empty).
            if (proof.Count != 0)
            {
                return $"the proof between equal sizes {first} must be empty; it has {proof.Count} hashes";
            }
            return firstHash == secondHash
                ? null
                : $"the roots of two trees of size {first} differ: {firstHash} and {secondHash}";
        }
        // 1. If consistency_path is an empty array, stop and fail the proof verification.
        if (proof.Count == 0)
        {
            return $"the proof from size {first} to size {second} is empty";
        }
        // 2. If first is an exact power of 2, then prepend first_hash to the consistency_path array.
        var path = new List<Hash>(proof.Count + 1);
        if ((first & (first - 1)) == 0)
        {
            path.Add(firstHash);
        }
        path.AddRange(proof);
        // 3. Set fn to first - 1 and sn to second - 1.
        var fn = first - 1;
        var sn = second - 1;
        // 4. If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set.
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        // 5. Set both fr and sr to the first value in the consistency_path array.
        var fr = path[0];
        var sr = path[0];
        // 6. For each subsequent value c in the consistency_path array:
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            // a. If sn is 0, then stop the iteration and fail the proof verification.
            if (sn == 0)
            {
                return $"the proof has {proof.Count} hashes, more than sizes {first} and {second} need";
            }
            // b. If LSB(fn) is set, or if fn is equal to sn, then:
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.NodeHash(c, fr);
                sr = MerkleHash.NodeHash(c, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                sr = MerkleHash.NodeHash(sr, c);
            }
            // c. Finally, right-shift both fn and sn one time.
            fn >>= 1;
            sn >>= 1;
        }
        // 7. Verify fr == first_hash, sr == second_hash and sn == 0.
        if (sn != 0)
        {
            return $"the proof has {proof.Count} hashes, fewer than sizes {first} and {second} need";
        }
        if (fr != firstHash)
        {
            return $"the computed old root {fr} differs from the expected old root {firstHash}";
        }
        if (sr != secondHash)
        {
            return $"the computed new root {sr} differs from the expected new root {secondHash}";
        }
        return null;
    }
}
