namespace Threadline.Cases.Warrants;

/// <summary>Whether an information request (Directive (EU) 2023/977) was sent by this case's team or received by it.</summary>
public enum RequestDirection
{
    /// <summary>Sent: the limit binds the requested service; the case waits for the answer.</summary>
    Sent,

    /// <summary>Received: the limit binds this service.</summary>
    Received,
}
