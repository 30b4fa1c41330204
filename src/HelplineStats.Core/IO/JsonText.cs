using System;
using System.IO;
using System.Text;
using System.Text.Json;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>What the JSON writers share: writing to a string, and the fields of an observation key.</summary>
internal static class JsonText
{
    /// <summary>Runs a stream writer into memory and returns the UTF-8 text.</summary>
    internal static string Of(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>An array property: <paramref name="name"/> with one element per item, each written by <paramref name="writeItem"/>.</summary>
    internal static void WriteArray<T>(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            writeItem(json, item);
        }
        json.WriteEndArray();
    }

    /// <summary>The period, metric and, when present, channel and category of a key, as fields of the current object.</summary>
    internal static void WriteKeyFields(Utf8JsonWriter json, ObservationKey key)
    {
        json.WriteString("period", key.Period.ToString());
        json.WriteString("metric", key.Metric.Value);
        if (key.Channel is Channel channel)
        {
            json.WriteString("channel", channel.Value);
        }
        if (key.Category is Category category)
        {
            json.WriteString("category", category.ToString());
        }
    }
}
