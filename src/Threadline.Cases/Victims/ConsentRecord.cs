namespace Threadline.Cases.Victims;

/// <summary>Consent the victim gave (to referral, to data sharing with the centre …), when, and whether withdrawn since.</summary>
public sealed record ConsentRecord(string Scope, DateOnly GivenOn, DateOnly? WithdrawnOn = null)
{
    public bool IsActive(DateOnly on) => GivenOn <= on && (WithdrawnOn is null || on < WithdrawnOn);
}
