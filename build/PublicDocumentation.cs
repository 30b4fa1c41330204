// The MSBuild task that keeps a library's XML documentation file to its public surface (Directory.Build.targets; docs/building.md,
// "The XML docs"). The C# compiler writes every /// comment into the file, a private member's as much as a public one's
// (dotnet/roslyn#12485 asks for an option; there is none), so the packages shipped the docs of internal and private code.
// This task runs after the compiler: it loads the assembly it just built by reflection (from its bytes, so the file is
// not locked and a rebuilt one is read anew), works out the documentation id (C# spec, annex D) of every type and
// member a user can see (public, protected or protected internal, in a type a user can see), and removes every other
// member from the file. Compiled by RoslynCodeTaskFactory against netstandard2.0, so only its API is used here.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Microsoft.Build.Framework;

public sealed class KeepPublicDocumentation : Microsoft.Build.Utilities.Task
{
    /// <summary>The assembly the documentation file describes.</summary>
    [Required]
    public string Assembly { get; set; } = "";

    /// <summary>The documentation file, rewritten in place when it holds members a user cannot see.</summary>
    [Required]
    public string DocumentationFile { get; set; } = "";

    /// <summary>The assemblies the library references (its ReferencePath), to resolve the types its members name.</summary>
    public ITaskItem[] References { get; set; } = new ITaskItem[0];

    public override bool Execute()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (ITaskItem reference in References)
        {
            string name = Path.GetFileNameWithoutExtension(reference.ItemSpec);
            if (!paths.ContainsKey(name))
            {
                paths.Add(name, reference.ItemSpec);
            }
        }
        var loaded = new Dictionary<string, System.Reflection.Assembly>(StringComparer.OrdinalIgnoreCase);
        ResolveEventHandler resolve = (sender, args) =>
        {
            string name = new AssemblyName(args.Name).Name;
            if (loaded.TryGetValue(name, out System.Reflection.Assembly known))
            {
                return known;
            }
            return paths.TryGetValue(name, out string path) && File.Exists(path)
                ? loaded[name] = System.Reflection.Assembly.Load(File.ReadAllBytes(path))
                : null;
        };
        AppDomain.CurrentDomain.AssemblyResolve += resolve;
        try
        {
            System.Reflection.Assembly library = System.Reflection.Assembly.Load(File.ReadAllBytes(Assembly));
            HashSet<string> visible = VisibleIds(library);
            XDocument document = XDocument.Load(DocumentationFile, LoadOptions.PreserveWhitespace);
            XElement members = document.Root?.Element("members");
            var hidden = members is null ? new List<XElement>()
                : members.Elements("member").Where(member => !visible.Contains((string)member.Attribute("name") ?? "")).ToList();
            foreach (XElement member in hidden)
            {
                if (member.PreviousNode is XText space && string.IsNullOrWhiteSpace(space.Value))
                {
                    space.Remove();
                }
                member.Remove();
            }
            if (hidden.Count > 0)
            {
                using (var writer = new StreamWriter(DocumentationFile, false, new UTF8Encoding(false)))
                {
                    document.Save(writer, SaveOptions.DisableFormatting);
                }
            }
            Log.LogMessage(MessageImportance.Normal, "{0}: kept the docs of {1} public members, left out {2} others.",
                Path.GetFileName(DocumentationFile), members?.Elements("member").Count() ?? 0, hidden.Count);
            return true;
        }
        catch (Exception e) when (e is IOException || e is BadImageFormatException || e is ReflectionTypeLoadException
            || e is TypeLoadException || e is FileNotFoundException || e is System.Xml.XmlException)
        {
            Log.LogError("Cannot keep {0} to the public members of {1}: {2}: {3}", DocumentationFile, Assembly, e.GetType().Name, e.Message);
            return false;
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyResolve -= resolve;
        }
    }

    /// <summary>The documentation ids of every type and member a user of the assembly can see.</summary>
    private static HashSet<string> VisibleIds(System.Reflection.Assembly library)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in library.GetTypes().Where(IsVisible))
        {
            string name = TypeName(type);
            ids.Add("T:" + name);
            foreach (FieldInfo field in type.GetFields(all).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
            {
                ids.Add("F:" + name + "." + field.Name);
            }
            foreach (PropertyInfo property in type.GetProperties(all).Where(p => p.GetAccessors(true).Any(IsVisible)))
            {
                ids.Add("P:" + name + "." + property.Name.Replace('.', '#') + Parameters(property.GetIndexParameters()));
            }
            foreach (EventInfo @event in type.GetEvents(all).Where(e => e.GetAddMethod(true) is MethodInfo add && IsVisible(add)))
            {
                ids.Add("E:" + name + "." + @event.Name.Replace('.', '#'));
            }
            foreach (ConstructorInfo constructor in type.GetConstructors(all).Where(IsVisible))
            {
                ids.Add("M:" + name + (constructor.IsStatic ? ".#cctor" : ".#ctor") + Parameters(constructor.GetParameters()));
            }
            foreach (MethodInfo method in type.GetMethods(all).Where(IsVisible))
            {
                string id = "M:" + name + "." + method.Name.Replace('.', '#')
                    + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : "")
                    + Parameters(method.GetParameters());
                if (method.Name == "op_Implicit" || method.Name == "op_Explicit")
                {
                    id += "~" + Of(method.ReturnType);
                }
                ids.Add(id);
            }
        }
        return ids;
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNested && (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType));

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    /// <summary>A type's own id: namespace, declaring types and name with its arity (<c>Ns.Outer`1.Inner</c>).</summary>
    private static string TypeName(Type type) =>
        type.DeclaringType is Type outer ? TypeName(outer) + "." + type.Name : (string.IsNullOrEmpty(type.Namespace) ? "" : type.Namespace + ".") + type.Name;

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => Of(p.ParameterType))) + ")";

    /// <summary>A type as a parameter's id names it: <c>System.Collections.Generic.List{System.Int32}</c>, <c>``0</c>, <c>System.Int64[]</c>, <c>System.Int32@</c>.</summary>
    private static string Of(Type type)
    {
        if (type.IsByRef)
        {
            return Of(type.GetElementType()) + "@";
        }
        if (type.IsPointer)
        {
            return Of(type.GetElementType()) + "*";
        }
        if (type.IsArray)
        {
            Type element = type.GetElementType();
            int rank = type.GetArrayRank();
            return Of(element) + (type == element.MakeArrayType() ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }
        if (!type.IsGenericType)
        {
            return TypeName(type);
        }
        Type[] arguments = type.GetGenericArguments();
        var chain = new List<Type>();
        for (Type level = type.GetGenericTypeDefinition(); level is not null; level = level.DeclaringType)
        {
            chain.Insert(0, level);
        }
        var text = new StringBuilder(string.IsNullOrEmpty(chain[0].Namespace) ? "" : chain[0].Namespace + ".");
        int used = 0;
        foreach (Type level in chain)
        {
            if (level != chain[0])
            {
                text.Append('.');
            }
            int tick = level.Name.IndexOf('`');
            text.Append(tick < 0 ? level.Name : level.Name.Substring(0, tick));
            int count = level.GetGenericArguments().Length;
            if (count > used)
            {
                text.Append('{').Append(string.Join(",", arguments.Skip(used).Take(count - used).Select(Of))).Append('}');
                used = count;
            }
        }
        return text.ToString();
    }
}
