using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class TaxonomyTests
{
    [Fact]
    public void Create_WithoutUnknown_AddsTheExplicitUnknownCategory()
    {
        Taxonomy taxonomy = Taxonomy.Create("t", 1, "T", new CategoryDefinition("a", "A"));
        Assert.True(taxonomy.Unknown.IsUnknown);
        Assert.Equal(new[] { "a", "unknown" }, taxonomy.Categories.Select(c => c.Id.Value));
    }

    [Fact]
    public void IsWithin_Household_LiesInsideTheFamily()
    {
        Taxonomy context = Taxonomies.ViolenceContext;
        Category household = context.Get("household");
        Category family = context.Get("family");
        Assert.True(context.IsWithin(household, family));
        Assert.False(context.IsWithin(family, household));
        Assert.True(context.IsWithin(family, family));
        Assert.False(context.IsWithin(context.Get("school"), family));
        Assert.Equal(1, household.Depth);
        Assert.Equal(new[] { "household" }, context.ChildrenOf(family).Select(c => c.Id.Value));
    }

    [Fact]
    public void Create_ParentNotDefinedBefore_NamesTheCategoryAndTheParent()
    {
        var e = Assert.Throws<ArgumentException>(() => Taxonomy.Create("t", 1, "T",
            new CategoryDefinition("child", "Child", "parent"), new CategoryDefinition("parent", "Parent")));
        Assert.Contains("categories[0] ('child')", e.Message, StringComparison.Ordinal);
        Assert.Contains("'parent'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RepeatedIdOrNestedUnknown_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Taxonomy.Create("t", 1, "T", new CategoryDefinition("a", "A"), new CategoryDefinition("a", "Again")));
        Assert.Throws<ArgumentException>(() => Taxonomy.Create("t", 1, "T", new CategoryDefinition("a", "A"), new CategoryDefinition("unknown", "U", "a")));
        Assert.Throws<ArgumentException>(() => Taxonomy.Create("t", 1, "T", new CategoryDefinition("unknown", "U"), new CategoryDefinition("b", "B", "unknown")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Taxonomy.Create("t", 0, "T"));
    }

    [Fact]
    public void Get_MissingCategory_NamesTaxonomyAndCategory()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Taxonomies.Gender.Get("robot"));
        Assert.Contains("'gender'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'robot'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_AcrossVersions_KeepsItsIdentity()
    {
        Taxonomy v1 = Taxonomy.Create("topics", 1, "Topics", new CategoryDefinition("corona", "Corona"));
        Taxonomy v2 = Taxonomy.Create("topics", 2, "Topics", new CategoryDefinition("health", "Health"), new CategoryDefinition("corona", "COVID-19", "health"));
        Assert.Equal(v1.Get("corona"), v2.Get("corona"));
        Assert.NotEqual(v1, v2);
        Assert.True(v2.Contains(v1.Get("corona")));
        Assert.False(v1.Contains(v2.Get("health")));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Create_FromItsOwnDefinitions_IsEqual(Taxonomy taxonomy)
    {
        Taxonomy copy = Taxonomy.Create(taxonomy.Id.Value, taxonomy.Version, taxonomy.Name, taxonomy.Definitions);
        return copy == taxonomy && copy.GetHashCode() == taxonomy.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool IsWithin_EveryCategory_LiesWithinEachOfItsAncestorsAndItsRoot(Taxonomy taxonomy)
    {
        foreach (Category category in taxonomy.Categories)
        {
            int steps = 0;
            for (Category current = category; ; current = taxonomy.Get(current.ParentId!), steps++)
            {
                if (!taxonomy.IsWithin(category, current))
                {
                    return false;
                }
                if (current.ParentId is null)
                {
                    break;
                }
            }
            if (steps != category.Depth)
            {
                return false;
            }
        }
        return true;
    }
}
