using Threadline.Security.Access;

namespace Threadline.Web.Security;

/// <summary>
/// Endpoint metadata: what kind of access an endpoint needs (<see cref="AccessKind"/>). <see cref="RequestAccess"/>
/// decides it with <see cref="NeedToKnow"/> and audits it before the endpoint runs; an endpoint without it needs only a
/// signed-in, MFA-verified session (or is anonymous: login, status pages, assets).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AccessAttribute(AccessKind kind) : Attribute
{
    public AccessKind Kind { get; } = kind;
}
