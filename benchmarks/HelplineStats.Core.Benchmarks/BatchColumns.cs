using HelplineStats.Core.Records;

namespace HelplineStats.Core.Benchmarks;

/// <summary>The memory-bandwidth floor of a batch: every value of every column the aggregator reads, added up once.</summary>
internal static class BatchColumns
{
    internal static long Sum(ContactRecordBatch batch)
    {
        long sum = 0;
        int records = batch.Count;
        int[] helplines = batch.HelplineColumn, days = batch.DayColumn, channels = batch.ChannelColumn;
        byte[] flags = batch.FlagColumn;
        ushort[] relations = batch.RelationColumn, genders = batch.CallerGenderColumn;
        int[] topicStart = batch.TopicStart, victimStart = batch.VictimStart;
        for (int i = 0; i < records; i++)
        {
            sum += helplines[i] + days[i] + channels[i] + flags[i] + relations[i] + genders[i] + topicStart[i + 1] + victimStart[i + 1];
        }
        int topics = topicStart[records];
        ushort[] topicColumn = batch.TopicColumn;
        for (int t = 0; t < topics; t++)
        {
            sum += topicColumn[t];
        }
        int victims = victimStart[records];
        ushort[] ages = batch.AgeColumn, victimGenders = batch.VictimGenderColumn, contexts = batch.ContextColumn;
        int[] kindStart = batch.KindStart;
        for (int v = 0; v < victims; v++)
        {
            sum += ages[v] + victimGenders[v] + contexts[v] + kindStart[v + 1];
        }
        int kinds = kindStart[victims];
        ushort[] kindColumn = batch.KindColumn;
        for (int k = 0; k < kinds; k++)
        {
            sum += kindColumn[k];
        }
        return sum;
    }
}
