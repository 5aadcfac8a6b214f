using Threadline.Cases.Grading;
using Threadline.Cases.Model;

namespace Threadline.Application.Cases;

/// <summary>What opening a case from a network lead needs: the lead, the case's reference, title, legal basis and magistrate, who opens it, and the marking of the lead's evidence.</summary>
public sealed record OpenCaseRequest(
    string NetworkId,
    string Reference,
    string Title,
    string LegalBasis,
    Magistrate Magistrate,
    string OpenedBy,
    Marking Marking,
    DateTimeOffset At);
