using System;
using System.Linq;
using System.Reflection;

namespace HelplineStats.Rendering.Tests;

/// <summary>The rendering package's public surface: sealed classes, and a model a template can read (every type the page reaches is one the renderer allows).</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] Exported = typeof(FiguresPage).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        Assert.Empty(Exported.Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract).Select(type => type.FullName));
    }

    [Fact]
    public void DocumentationFile_HoldsOnlyMembersAUserCanSee_AndEveryOneOfThem()
    {
        // The compiler writes every /// comment into the file; the build keeps the public surface only (issue 25).
        Assembly rendering = typeof(FiguresPage).Assembly;
        var members = Core.Tests.DocumentationIds.Of(rendering).ToList();
        var visible = members.GroupBy(member => member.Id).ToDictionary(group => group.Key, group => group.Any(member => member.Visible), StringComparer.Ordinal);
        string[] inFile = Core.Tests.DocumentationIds.InFile(rendering);
        string[] hidden = inFile.Where(id => !visible.TryGetValue(id, out bool seen) || !seen).ToArray();
        Assert.Empty(hidden);
        string[] missing = members.Where(member => member.Visible && !inFile.Contains(member.Id) && !Core.Tests.DocumentationIds.IsImplied(member.Id))
            .Select(member => member.Id).Distinct().ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void TheModel_EveryTypeItReaches_IsOneTheTemplateMayRead()
    {
        // The page's own types, walked from FiguresPage through every property and list: a new model type that the
        // renderer does not register would read as nothing in every template.
        Type[] model = Reachable(typeof(FiguresPage)).Where(type => type.Assembly == typeof(FiguresPage).Assembly).OrderBy(t => t.FullName).ToArray();
        Assert.Equal(PageRenderer.ModelTypes.OrderBy(t => t.FullName), model);
        FiguresPage page = Pages.Model(Pages.Printed, Core.Text.TextCulture.English);
        Assert.Equal("Helplines in figures|1712|Started|Figures for 2021|8,515|calls|shares|part|confirmed",
            PageRenderer.FromTemplate(
                "{{ page.Title }}|{{ page.Helplines[0].Name }}|{{ page.Helplines[0].Facts[0].Label }}|{{ page.Helplines[0].Years[0].Heading }}|"
                + "{{ page.Helplines[0].Years[0].KeyFigures[0].Value }}|{{ page.Helplines[0].Years[0].KeyFigures[0].Label }}|"
                + "{{ page.Helplines[0].Years[0].ShareCharts[0].Kind }}|{{ page.Helplines[0].Years[0].ShareCharts[0].Table.Columns[0] }}|"
                + "{{ page.Legend[0].Kind }}").Render(page));
    }

    private static System.Collections.Generic.IEnumerable<Type> Reachable(Type root)
    {
        var seen = new System.Collections.Generic.HashSet<Type>();
        var queue = new System.Collections.Generic.Queue<Type>(new[] { root });
        while (queue.Count > 0)
        {
            Type type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Type target = property.PropertyType;
                if (target.IsGenericType)
                {
                    target = target.GetGenericArguments()[0];
                }
                if (target.Assembly == typeof(FiguresPage).Assembly)
                {
                    queue.Enqueue(target);
                }
            }
        }
        return seen;
    }
}
