using Threadline.Application.Link;
using Threadline.Application.Money;
using Threadline.Cases.Model;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Cases;

/// <summary>
/// A network lead's evidence as a <see cref="NetworkSnapshot"/>: its score and its members by stable id — personas
/// (<c>persona:ID</c>, scored by their confidence), ads (<c>ad:ID</c>), phones (<c>phone:+E164</c>) and tied accounts
/// (<c>account:KEY</c>, from the money run), so a later link run can be compared member by member.
/// </summary>
public static class NetworkSnapshots
{
    /// <summary>The snapshot of <paramref name="network"/> as the workspace holds it now.</summary>
    public static NetworkSnapshot Take(IWorkspaceStore store, Network network, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(network);
        var members = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var persona in LinkResults.PersonasOf(store, network.Id))
        {
            Add(members, "persona:" + persona.Id, Math.Round(persona.Confidence, 4));
            foreach (var ad in persona.AdIds)
            {
                Add(members, "ad:" + ad, 1);
            }
        }

        foreach (var phone in network.Phones)
        {
            Add(members, "phone:" + phone, 1);
        }

        foreach (var tie in MoneyResults.OfNetwork(store, network.Id)?.Accounts ?? [])
        {
            Add(members, "account:" + tie.Account, tie.Direct ? 1 : 0.5);
        }

        return new NetworkSnapshot(network.Id, at, network.Risk.Total, members);
    }

    /// <summary>The kind of a member id ("persona", "ad", "phone", "account").</summary>
    public static string KindOf(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var colon = memberId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? memberId[..colon] : "member";
    }

    /// <summary>A member id without its kind prefix.</summary>
    public static string IdOf(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var colon = memberId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? memberId[(colon + 1)..] : memberId;
    }

    // Ids a case cannot hold (spaces, other characters) are left out rather than failing the whole snapshot.
    private static void Add(Dictionary<string, double> members, string id, double score)
    {
        if (id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '+') && members.Count < NetworkSnapshot.MaxMembers)
        {
            members.TryAdd(id, score);
        }
    }
}
