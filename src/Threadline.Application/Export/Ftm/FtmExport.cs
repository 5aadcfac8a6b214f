using Threadline.Application.Export.Ftm.Mappers;
using Threadline.Application.Jobs;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// The workspace as FollowTheMoney entities, streamed type by type (ads first) in id order: each Threadline entity
/// through its mapper (<see cref="FtmMapping"/>), every entity checked for its required properties before it goes out,
/// each id written once. Every format but <see cref="ExportFormat.Workspace"/> is written from this stream.
/// </summary>
public static class FtmExport
{
    public static IEnumerable<FtmEntity> Entities(IWorkspaceStore store, ExportScope scope, ExportProblems problems, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Entities(store, FtmContextBuilder.Build(store, scope, problems, cancellationToken), progress, cancellationToken);

    internal static IEnumerable<FtmEntity> Entities(IWorkspaceStore store, FtmContext context, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var places = new SortedDictionary<string, FtmEntity>(StringComparer.Ordinal);
        long read = 0;
        foreach (var type in FtmMapping.ExportOrder.Where(context.Types.Contains))
        {
            foreach (var entity in store.Entities(type))
            {
                if (++read % 1000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new JobProgress("exporting " + type, read));
                }

                if (!context.Selected(entity))
                {
                    continue;
                }

                foreach (var ftm in Map(entity, context))
                {
                    if (type == "Booking" && ftm.Schema.Name == "Address")
                    {
                        if (places.TryGetValue(ftm.Id, out var same))
                        {
                            same.MergeFrom(ftm);
                        }
                        else
                        {
                            places[ftm.Id] = ftm;
                        }
                    }
                    else if (Check(ftm, written, context.Problems))
                    {
                        yield return ftm;
                    }
                }
            }

            if (type == "Booking")
            {
                foreach (var place in places.Values.Where(p => Check(p, written, context.Problems)))
                {
                    yield return place;
                }

                places.Clear();
            }
        }
    }

    private static IEnumerable<FtmEntity> Map(Entity entity, FtmContext context)
    {
        var facts = new Facts(entity);
        if (ImportedMapper.IsImported(facts))
        {
            return ImportedMapper.Map(facts, context);
        }

        return entity.Schema switch
        {
            "Advertisement" => AdvertisementMapper.Map(facts, context),
            "Persona" => PersonaMapper.Map(facts, context),
            "Network" => NetworkMapper.Map(facts, context),
            "Booking" => BookingMapper.Map(facts, context),
            "Handle" => HandleMapper.Map(facts, context),
            "Image" => ImageMapper.Map(facts, context),
            "BankAccount" => BankAccountMapper.Map(facts, context),
            "Payment" => PaymentMapper.Map(facts, context),
            "Relation" => [],
            _ when FtmMapping.ForThreadline(entity.Schema) is { } map => [TwoWayMapper.Map(facts, map, context)],
            _ => [],
        };
    }

    private static bool Check(FtmEntity ftm, HashSet<string> written, ExportProblems problems)
    {
        if (!FtmValues.IsEntityId(ftm.Id))
        {
            problems.LeftOutEntity(ftm.Id, ftm.Schema.Name, "its id is not one FollowTheMoney accepts");
            return false;
        }

        if (ftm.Missing() is { Count: > 0 } missing)
        {
            problems.LeftOutEntity(ftm.Id, ftm.Schema.Name, "it lacks " + string.Join(", ", missing) + ", which FollowTheMoney requires");
            return false;
        }

        if (!written.Add(ftm.Id))
        {
            problems.Duplicate(ftm.Id, ftm.Schema.Name);
            return false;
        }

        return true;
    }
}
