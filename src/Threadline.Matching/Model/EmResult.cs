namespace Threadline.Matching.Model;

/// <summary>A trained model and how training went.</summary>
public sealed record EmResult(FellegiSunterModel Model, int Iterations, bool Converged);
