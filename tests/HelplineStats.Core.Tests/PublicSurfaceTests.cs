using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Xml.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests;

/// <summary>Guards the promises of the public surface: equality operators, sealed classes, docs, and which build is tested.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Core = typeof(Count).Assembly;

    private static IEnumerable<Type> PublicTypes => Core.GetExportedTypes();

    [Fact]
    public void PublicTypes_ThatAreEquatableToThemselves_DefineEqualityOperators()
    {
        var missing = PublicTypes
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == type))
            .Where(type => type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy, new[] { type, type }) is null
                        || type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy, new[] { type, type }) is null)
            .Select(type => type.FullName)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        // An abstract class says why in its remarks (StableId: one type per kind of id); everything else is sealed.
        var open = PublicTypes.Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract && !typeof(Delegate).IsAssignableFrom(type))
            .Select(type => type.FullName).ToList();
        Assert.Empty(open);
        foreach (Type type in PublicTypes.Where(type => type.IsClass && type.IsAbstract && !type.IsSealed))
        {
            Assert.Contains("abstract rather than sealed", DocsFor("T:" + DocName(type))!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PublicMembers_AreAllDocumented()
    {
        var undocumented = new List<string>();
        foreach (Type type in PublicTypes)
        {
            string typeName = DocName(type);
            if (DocsFor("T:" + typeName) is null)
            {
                undocumented.Add("T:" + typeName);
            }
            foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (member is MethodInfo { IsSpecialName: true } method && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)))
                {
                    continue;
                }
                if (type.IsEnum && member.Name == "value__")
                {
                    continue;
                }
                // What the compiler writes for a record (equality, the copy constructor, PrintMembers) the language documents.
                if (member.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
                {
                    continue;
                }
                string prefix = member.MemberType switch
                {
                    MemberTypes.Constructor => "M:" + typeName + ".#ctor",
                    MemberTypes.Method => "M:" + typeName + "." + member.Name,
                    MemberTypes.Property => "P:" + typeName + "." + member.Name,
                    MemberTypes.Field => "F:" + typeName + "." + member.Name,
                    MemberTypes.Event => "E:" + typeName + "." + member.Name,
                    _ => "",
                };
                if (prefix.Length > 0 && !DocIds.Value.Any(id => id == prefix || id.StartsWith(prefix + "(", StringComparison.Ordinal)))
                {
                    undocumented.Add(prefix);
                }
            }
        }
        Assert.Empty(undocumented.Distinct());
    }

    [Fact]
    public void DocumentationFile_HoldsOnlyMembersAUserCanSee()
    {
        // The compiler writes every /// comment into the file; the build keeps the public surface only (issue 25).
        Dictionary<string, bool> visible = DocumentationIds.Of(Core).GroupBy(member => member.Id)
            .ToDictionary(group => group.Key, group => group.Any(member => member.Visible), StringComparer.Ordinal);
        string[] inFile = DocumentationIds.InFile(Core);
        Assert.True(inFile.Length > 500, $"only {inFile.Length} members documented");
        string[] hidden = inFile.Where(id => !visible.TryGetValue(id, out bool seen) || !seen).ToArray();
        Assert.Empty(hidden);
    }

    [Fact]
    public void DocumentationFile_HoldsEveryMemberAUserCanSee()
    {
        var inFile = DocumentationIds.InFile(Core).ToHashSet(StringComparer.Ordinal);
        string[] missing = DocumentationIds.Of(Core).Where(member => member.Visible && !inFile.Contains(member.Id) && !DocumentationIds.IsImplied(member.Id))
            .Select(member => member.Id).Distinct().ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void CoreAssembly_IsTheBuildThisRunWasAskedToTest()
    {
        string wanted = typeof(PublicSurfaceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CoreTargetFramework").Value!;
        string loaded = Core.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        Assert.Equal(".NETCoreApp,Version=v" + wanted["net".Length..], loaded);
    }

    private static readonly Lazy<XDocument> Docs = new(() =>
    {
        string path = Path.ChangeExtension(Core.Location, ".xml");
        Assert.True(File.Exists(path), $"The XML documentation file {path} is missing.");
        return XDocument.Load(path);
    });

    private static readonly Lazy<HashSet<string>> DocIds = new(() =>
        Docs.Value.Descendants("member").Select(member => (string)member.Attribute("name")!).ToHashSet(StringComparer.Ordinal));

    private static string? DocsFor(string id) =>
        Docs.Value.Descendants("member").FirstOrDefault(member => (string)member.Attribute("name")! == id)?.Value;

    private static string DocName(Type type) => type.FullName!.Replace('+', '.');
}
