using Threadline.Simulation.Money;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Actors;

/// <summary>A real person in a network: roles, contact details and (when the role needs one) a bank account.</summary>
internal sealed class NetworkMember
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Phone { get; init; }

    public required string Address { get; set; }

    public List<string> Roles { get; } = [];

    public Account? Account { get; set; }

    public MemberTruth ToTruth() => new(Id, Name, Roles, Email, Phone, Address);
}
