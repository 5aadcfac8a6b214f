namespace Threadline.Cli.Infrastructure;

/// <summary>Exit codes: 0 ok, 1 failure, 2 bad usage.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
