using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A versioned tree of categories, kept as data: the kinds of violence, the caller's relation to the victim, the context
/// of violence (in the household lies inside in the family), or a child helpline's reasons for contact with their
/// sub-categories. Ready-made taxonomies for the 2021 page are in <see cref="Taxonomies"/>.
/// </summary>
/// <remarks>
/// <para>Category ids are stable across versions: a new version may add, relabel or regroup categories but keeps the
/// ids of those it keeps, so that counts of different years line up. Every taxonomy has an explicit
/// <see cref="Unknown"/> category (id <c>unknown</c>), top-level and without children; it is added when the definitions
/// do not list it.</para>
/// <para>Equality is structural: id, version, name and every definition, in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Taxonomy
{
    private readonly IReadOnlyList<CategoryDefinition> _definitions;
    private readonly IReadOnlyList<Category> _categories;
    private readonly Dictionary<CategoryId, Category> _byId;

    private Taxonomy(TaxonomyId id, int version, string name, IReadOnlyList<CategoryDefinition> definitions)
    {
        Id = id;
        Version = version;
        Name = name;
        _definitions = definitions;
        _byId = new Dictionary<CategoryId, Category>();
        var categories = new List<Category>(definitions.Count);
        foreach (CategoryDefinition definition in definitions)
        {
            int depth = definition.ParentId is null ? 0 : _byId[definition.ParentId].Depth + 1;
            var category = new Category(id, version, definition, depth) { Owner = this, Position = categories.Count };
            _byId.Add(definition.Id, category);
            categories.Add(category);
        }
        _categories = categories.AsReadOnly();
        Unknown = _byId[CategoryId.Unknown];
    }

    /// <summary>The stable id, kept across versions.</summary>
    public TaxonomyId Id { get; }

    /// <summary>The version, from 1 up.</summary>
    public int Version { get; }

    /// <summary>A short name in English.</summary>
    public string Name { get; }

    /// <summary>Every category, in the order of the definitions, with <see cref="Unknown"/> last unless it was defined elsewhere.</summary>
    public IReadOnlyList<Category> Categories => _categories;

    /// <summary>The definitions the taxonomy was made from, with the unknown category included.</summary>
    public IReadOnlyList<CategoryDefinition> Definitions => _definitions;

    /// <summary>The explicit "not known" category.</summary>
    public Category Unknown { get; }

    /// <summary>The top-level categories, in order.</summary>
    public IEnumerable<Category> Roots => _categories.Where(category => category.ParentId is null);

    /// <summary>Makes a taxonomy.</summary>
    /// <param name="id">The stable id, such as <c>kind-of-violence</c>.</param>
    /// <param name="version">The version, 1 or more.</param>
    /// <param name="name">A short name in English.</param>
    /// <param name="categories">The categories; a parent must be listed before its children.</param>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="ArgumentNullException">An argument or a definition is null.</exception>
    /// <exception cref="ArgumentException">An id is invalid or repeated, the name is blank, a parent is not listed
    /// before its child, or the unknown category has a parent or children.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public static Taxonomy Create(string id, int version, string name, IEnumerable<CategoryDefinition> categories)
    {
        TaxonomyId taxonomyId = TaxonomyId.Of(Guard.NotNull(id, nameof(id)));
        Guard.InRange(version, 1, int.MaxValue, nameof(version));
        string trimmedName = Guard.NotBlank(name, nameof(name)).Trim();
        IReadOnlyList<CategoryDefinition> given = Guard.NoNullItems(categories, nameof(categories));
        var seen = new HashSet<CategoryId>();
        var definitions = new List<CategoryDefinition>(given.Count + 1);
        for (int i = 0; i < given.Count; i++)
        {
            CategoryDefinition definition = given[i];
            string where = string.Create(CultureInfo.InvariantCulture, $"{nameof(categories)}[{i}] ('{definition.Id}') of taxonomy '{taxonomyId}'");
            if (!seen.Add(definition.Id))
            {
                throw new ArgumentException($"{where} repeats an id that is already defined.", nameof(categories));
            }
            if (definition.ParentId is CategoryId parent)
            {
                if (parent.Equals(CategoryId.Unknown))
                {
                    throw new ArgumentException($"{where} lies inside 'unknown', which cannot have children.", nameof(categories));
                }
                if (definition.Id.Equals(CategoryId.Unknown))
                {
                    throw new ArgumentException($"{where}: the unknown category must be top-level.", nameof(categories));
                }
                if (!seen.Contains(parent) || parent.Equals(definition.Id))
                {
                    throw new ArgumentException($"{where} lies inside '{parent}', which is not defined before it.", nameof(categories));
                }
            }
            definitions.Add(definition);
        }
        if (!seen.Contains(CategoryId.Unknown))
        {
            definitions.Add(new CategoryDefinition(CategoryId.Unknown.Value, "Unknown"));
        }
        return new Taxonomy(taxonomyId, version, trimmedName, definitions.AsReadOnly());
    }

    /// <summary>Makes a taxonomy.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="version">The version, 1 or more.</param>
    /// <param name="name">A short name in English.</param>
    /// <param name="categories">The categories; a parent must be listed before its children.</param>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="ArgumentNullException">An argument or a definition is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Create(string, int, string, IEnumerable{CategoryDefinition})"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public static Taxonomy Create(string id, int version, string name, params CategoryDefinition[] categories) =>
        Create(id, version, name, (IEnumerable<CategoryDefinition>)categories);

    /// <summary>The category with id <paramref name="id"/>.</summary>
    /// <param name="id">The category id.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The taxonomy has no such category; the message names both.</exception>
    public Category Get(CategoryId id)
    {
        Guard.NotNull(id, nameof(id));
        return _byId.TryGetValue(id, out Category? category)
            ? category
            : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"Taxonomy '{Id}' (version {Version}) has no category '{id}'."));
    }

    /// <summary>The category with id <paramref name="id"/>.</summary>
    /// <param name="id">The category id text.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id.</exception>
    /// <exception cref="KeyNotFoundException">The taxonomy has no such category.</exception>
    public Category Get(string id) => Get(CategoryId.Of(id));

    /// <summary>Looks up a category by id.</summary>
    /// <param name="id">The category id.</param>
    /// <param name="category">The category, when found.</param>
    /// <returns><c>true</c> when the taxonomy has the category.</returns>
    public bool TryGet(CategoryId? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Category? category)
    {
        category = null;
        return id is not null && _byId.TryGetValue(id, out category);
    }

    /// <summary>Whether <paramref name="category"/> belongs to this taxonomy (same taxonomy id, and its id is defined here).</summary>
    /// <param name="category">The category.</param>
    /// <returns><c>true</c> when it belongs here.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public bool Contains(Category category)
    {
        Guard.NotNull(category, nameof(category));
        return category.TaxonomyId.Equals(Id) && _byId.ContainsKey(category.Id);
    }

    /// <summary>The categories directly inside <paramref name="category"/>, in order.</summary>
    /// <param name="category">A category of this taxonomy.</param>
    /// <returns>Its children.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is not of this taxonomy.</exception>
    public IEnumerable<Category> ChildrenOf(Category category)
    {
        Require(category, nameof(category));
        return _categories.Where(child => category.Id.Equals(child.ParentId));
    }

    /// <summary>
    /// Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it at any depth ("in the household"
    /// lies within "in the family").
    /// </summary>
    /// <param name="inner">A category of this taxonomy.</param>
    /// <param name="outer">A category of this taxonomy.</param>
    /// <returns><c>true</c> when <paramref name="inner"/> equals <paramref name="outer"/> or descends from it.</returns>
    /// <exception cref="ArgumentException">A category is not of this taxonomy.</exception>
    public bool IsWithin(Category inner, Category outer)
    {
        Require(inner, nameof(inner));
        Require(outer, nameof(outer));
        for (Category? current = _byId[inner.Id]; current is not null; current = current.ParentId is null ? null : _byId[current.ParentId])
        {
            if (current.Id.Equals(outer.Id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="other"/> has the same id, version, name and definitions.</summary>
    /// <param name="other">The taxonomy to compare with.</param>
    /// <returns><c>true</c> when structurally equal.</returns>
    public bool Equals(Taxonomy? other) =>
        other is not null && Id.Equals(other.Id) && Version == other.Version
        && string.Equals(Name, other.Name, StringComparison.Ordinal) && _definitions.SequenceEqual(other._definitions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, _definitions.Count);

    /// <summary>The id and version, such as <c>kind-of-violence v1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} v{Version}");

    private void Require(Category category, string paramName)
    {
        Guard.NotNull(category, paramName);
        if (!Contains(category))
        {
            throw new ArgumentException($"The category '{category}' is not part of taxonomy '{Id}' (version {Version}).", paramName);
        }
    }
}
