using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace LossKata.Grading;

/// <summary>
/// The second line of defence behind <see cref="CodeRules"/>: the compiled assembly itself is read, method by method,
/// for the IL instructions and layouts that only unverifiable code has — instructions that call through a raw
/// address (<c>calli</c>), copy or fill raw memory (<c>cpblk</c>, <c>initblk</c>), jump into another method
/// (<c>jmp</c>), reach untyped arguments or references (<c>arglist</c>, <c>mkrefany</c>, <c>refanyval</c>,
/// <c>refanytype</c>), or allocate on the stack anything but a <see cref="Span{T}"/> (<c>localloc</c> not followed
/// by the span's constructor; the <c>cpblk</c> that fills a <c>stackalloc</c> with its constant initializer on the
/// way is the compiler's own), and types laid out by explicit offsets (one field read as another). Verifiable C#
/// never produces them, so a rule the semantic check missed still cannot reach memory it does not own.
/// </summary>
internal static class VerifiableCode
{
    private static readonly ImmutableDictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToImmutableDictionary(code => code.Value);

    private static readonly ImmutableHashSet<short> Refused =
    [
        OpCodes.Calli.Value, OpCodes.Cpblk.Value, OpCodes.Initblk.Value, OpCodes.Jmp.Value, OpCodes.Arglist.Value,
        OpCodes.Mkrefany.Value, OpCodes.Refanyval.Value, OpCodes.Refanytype.Value,
    ];

    /// <summary>How far after a <c>localloc</c> the span constructor that takes its memory may come: a
    /// <c>stackalloc</c> with an initializer stores each element first.</summary>
    private const int StackallocWindow = 256;

    /// <summary>Each unverifiable instruction or layout in the assembly, as "path(line): what" where the embedded
    /// PDB knows the line (the learner's file, so the grader can blame it), else with the method's name.</summary>
    public static IReadOnlyList<string> Problems(byte[] assembly)
    {
        using var pe = new PEReader(ImmutableArray.Create(assembly));
        var metadata = pe.GetMetadataReader();
        var pdbEntry = pe.ReadDebugDirectory().FirstOrDefault(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var pdbProvider = pdbEntry.DataSize > 0 ? pe.ReadEmbeddedPortablePdbDebugDirectoryData(pdbEntry) : null;
        var pdb = pdbProvider?.GetMetadataReader();

        var problems = new List<string>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            // The compiler's own blocks of constant data are explicitly sized but have no fields to overlay.
            if ((type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout
                && type.GetFields().Any(field => !metadata.GetFieldDefinition(field).Attributes.HasFlag(FieldAttributes.Static)))
            {
                problems.Add($"{TypeName(metadata, type)}: uses explicit field offsets, {CodeRules.RefusalText} use — one field laid over another reads an object as another type");
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                foreach (var (offset, what) in RefusedInstructions(body.GetILBytes() ?? [], metadata))
                {
                    problems.Add($"{Where(pdb, methodHandle, offset) ?? TypeName(metadata, type) + "." + metadata.GetString(method.Name)}: uses {what}, {CodeRules.RefusalText} use — only unverifiable code does");
                }
            }
        }

        return problems;
    }

    private static IEnumerable<(int Offset, string What)> RefusedInstructions(byte[] il, MetadataReader metadata)
    {
        var instructions = Decode(il).ToList();
        var initializing = -1;
        for (var index = 0; index < instructions.Count; index++)
        {
            var (offset, code, _) = instructions[index];
            if (code.Value == OpCodes.Localloc.Value)
            {
                initializing = SpanTakingStackMemory(instructions, index, metadata);
                if (initializing < 0)
                {
                    yield return (offset, "stack memory (localloc) that is not handed to a Span<T>");
                }
            }
            else if (Refused.Contains(code.Value) && !(index < initializing && code.Value == OpCodes.Cpblk.Value))
            {
                // The one cpblk allowed: the compiler's copy of a stackalloc's constant initializer into the block
                // it has just allocated, before the block becomes a span.
                yield return (offset, $"the IL instruction {code.Name}");
            }
        }
    }

    /// <summary>The index of the <c>newobj</c> that hands the memory of the <c>localloc</c> at <paramref name="index"/>
    /// to a <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c> (what the compiler emits for a safe
    /// <c>stackalloc</c>, its initializer stored in between), with no branch, return or other localloc on the way;
    /// -1 when there is none.</summary>
    private static int SpanTakingStackMemory(List<(int Offset, OpCode Code, int Operand)> instructions, int index, MetadataReader metadata)
    {
        for (var next = index + 1; next < instructions.Count && next <= index + StackallocWindow; next++)
        {
            var (_, code, operand) = instructions[next];
            if (code.Value == OpCodes.Newobj.Value)
            {
                return IsSpanConstructor(metadata, MetadataTokens.EntityHandle(operand)) ? next : -1;
            }

            if (code.FlowControl is not (FlowControl.Next or FlowControl.Meta or FlowControl.Call) || code.Value is var value && (value == OpCodes.Localloc.Value || value == OpCodes.Calli.Value))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsSpanConstructor(MetadataReader metadata, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind == HandleKind.TypeSpecification)
        {
            var blob = metadata.GetBlobReader(metadata.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return false;
            }

            blob.ReadSignatureTypeCode();
            parent = blob.ReadTypeHandle();
        }

        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
        return metadata.GetString(type.Namespace) == "System" && metadata.GetString(type.Name) is "Span`1" or "ReadOnlySpan`1";
    }

    /// <summary>The instructions of a method body: offset, opcode and (for token and integer operands) the operand.</summary>
    private static IEnumerable<(int Offset, OpCode Code, int Operand)> Decode(byte[] il)
    {
        var position = 0;
        while (position < il.Length)
        {
            var offset = position;
            short value = il[position++];
            if (value == 0xFE && position < il.Length)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            if (!OpCodesByValue.TryGetValue(value, out var code))
            {
                throw new BadImageFormatException($"Unknown IL opcode 0x{value:X} at offset {offset}.");
            }

            var operand = 0;
            var size = OperandSize(code.OperandType, il, position);
            if (size == 4)
            {
                operand = BitConverter.ToInt32(il, position);
            }

            position += size;
            yield return (offset, code, operand);
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>The file and line of the instruction at <paramref name="offset"/>, from the embedded PDB.</summary>
    private static string? Where(MetadataReader? pdb, MethodDefinitionHandle method, int offset)
    {
        if (pdb is null)
        {
            return null;
        }

        var points = pdb.GetMethodDebugInformation(method).GetSequencePoints().Where(point => !point.IsHidden && point.Offset <= offset).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var point = points.MaxBy(p => p.Offset);
        return $"{pdb.GetString(pdb.GetDocument(point.Document).Name)}({point.StartLine})";
    }

    private static string TypeName(MetadataReader metadata, TypeDefinition type)
    {
        var space = metadata.GetString(type.Namespace);
        return (space.Length == 0 ? string.Empty : space + ".") + metadata.GetString(type.Name);
    }
}
