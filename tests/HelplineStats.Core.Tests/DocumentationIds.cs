using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;

namespace HelplineStats.Core.Tests;

/// <summary>
/// What a library's built XML documentation file holds, against the assembly by reflection: the documentation id (C#
/// spec, annex D) of every type and member, and whether a user of the package can see it (public, protected or
/// protected internal, in a type a user can see). Shared by the core and rendering suites.
/// </summary>
internal static class DocumentationIds
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The member ids of the XML file beside the assembly.</summary>
    internal static string[] InFile(Assembly assembly)
    {
        string path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The XML documentation file {path} is missing.", path);
        }
        return XDocument.Load(path).Descendants("member").Select(member => (string)member.Attribute("name")!).ToArray();
    }

    /// <summary>Every type and member of the assembly with its id and whether a user can see it; compiler-made members are left out.</summary>
    internal static IEnumerable<(string Id, bool Visible)> Of(Assembly assembly)
    {
        foreach (Type type in assembly.GetTypes())
        {
            string name = TypeName(type);
            bool typeVisible = IsVisible(type);
            yield return ("T:" + name, typeVisible);
            foreach (MemberInfo member in type.GetMembers(All).Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute), false)))
            {
                (string? id, bool visible) = member switch
                {
                    FieldInfo field => ("F:" + name + "." + field.Name, field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly),
                    PropertyInfo property => ("P:" + name + "." + property.Name + Parameters(property.GetIndexParameters()), property.GetAccessors(true).Any(IsVisible)),
                    EventInfo @event => ("E:" + name + "." + @event.Name, @event.GetAddMethod(true) is MethodInfo add && IsVisible(add)),
                    ConstructorInfo constructor => ("M:" + name + (constructor.IsStatic ? ".#cctor" : ".#ctor") + Parameters(constructor.GetParameters()), IsVisible(constructor)),
                    MethodInfo method => (MethodId(name, method), IsVisible(method)),
                    _ => (null, false),
                };
                if (id is not null)
                {
                    yield return (id.Replace('+', '.'), typeVisible && visible);
                }
            }
        }
    }

    /// <summary>
    /// Whether a member is documented by another's comment, so that it has no entry of its own: a property's or an event's
    /// accessors, an enum's value field.
    /// </summary>
    internal static bool IsImplied(string id)
    {
        string head = id.Split('(')[0];
        string name = head[(head.LastIndexOf('.') + 1)..];
        return (id.StartsWith("M:", StringComparison.Ordinal) && (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal)
                || name.StartsWith("add_", StringComparison.Ordinal) || name.StartsWith("remove_", StringComparison.Ordinal)))
            || id.EndsWith(".value__", StringComparison.Ordinal);
    }

    private static string MethodId(string type, MethodInfo method)
    {
        string id = $"M:{type}.{method.Name.Replace('.', '#')}{(method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : "")}{Parameters(method.GetParameters())}";
        return method.Name is "op_Implicit" or "op_Explicit" ? id + "~" + Name(method.ReturnType) : id;
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!);

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string TypeName(Type type) => type.DeclaringType is Type outer ? TypeName(outer) + "." + type.Name : type.Namespace + "." + type.Name;

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => Name(p.ParameterType))) + ")";

    /// <summary>A parameter's type in an id: generic arguments in braces, generic parameters by position.</summary>
    private static string Name(Type type)
    {
        if (type.HasElementType)
        {
            string element = Name(type.GetElementType()!);
            return type.IsByRef ? element + "@" : type.IsPointer ? element + "*"
                : type.IsSZArray ? element + "[]" : element + "[" + string.Join(",", Enumerable.Repeat("0:", type.GetArrayRank())) + "]";
        }
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!type.IsGenericType)
        {
            return TypeName(type);
        }
        Queue<Type> arguments = new(type.GetGenericArguments());
        var levels = new Stack<Type>();
        for (Type? level = type.GetGenericTypeDefinition(); level is not null; level = level.DeclaringType)
        {
            levels.Push(level);
        }
        var text = new StringBuilder(levels.Peek().Namespace + ".");
        int taken = 0;
        bool first = true;
        foreach (Type level in levels)
        {
            text.Append(first ? "" : ".").Append(level.Name.Split('`')[0]);
            first = false;
            int own = level.GetGenericArguments().Length - taken;
            if (own > 0)
            {
                text.Append('{').Append(string.Join(",", Enumerable.Range(0, own).Select(_ => Name(arguments.Dequeue())))).Append('}');
                taken += own;
            }
        }
        return text.ToString();
    }
}
