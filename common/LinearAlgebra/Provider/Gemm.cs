using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MathNet.Numerics;

namespace LossKata.LinearAlgebra;

/// <summary>
/// C += alpha · op(A) · op(B) for column-major arrays, the way optimised BLAS libraries do it: op(A) and op(B) are
/// copied ("packed") block by block into small contiguous panels, and a register-tiled micro-kernel multiplies one
/// panel of A (two SIMD vectors of rows) by one panel of B (six columns), keeping the 2 × 6 tile of C in registers
/// for the whole depth of the block. Large products are split across cores by columns (or rows) of C.
/// </summary>
internal static class Gemm<TSimd, TVector, T>
    where TSimd : struct, ISimd<TVector, T>
    where TVector : struct
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int TileColumns = 6;

    /// <summary>Below this many multiply-adds a product is done on one core: waking a second costs more than it saves.</summary>
    private const long ParallelMultiplyAdds = 1L << 20;

    private static int TileRows => 2 * TSimd.Count;

    /// <summary>Depth of a packed block: a 6-column panel of B (12 KiB) stays in the L1 cache while every panel of A passes by.</summary>
    private static int BlockDepth => 2048 / Unsafe.SizeOf<T>();

    /// <summary>Rows of a packed block of A (about 256, a whole multiple of the tile): the block stays in L2.</summary>
    private static int BlockRows => TileRows * Math.Max(1, 256 / TileRows);

    private const int BlockColumns = TileColumns * 170;

    /// <summary>c (rows × columns, column-major) += alpha · a · b, where a is rows × depth and b is depth × columns.</summary>
    public static void MultiplyAdd(T alpha, StridedMatrix<T> a, StridedMatrix<T> b, T[] c, int rows, int columns, int depth)
    {
        if (rows == 0 || columns == 0 || depth == 0)
        {
            return;
        }

        var threads = (long)rows * columns * depth < ParallelMultiplyAdds
            ? 1
            : Math.Min(Environment.ProcessorCount, Control.MaxDegreeOfParallelism);
        if (threads <= 1)
        {
            MultiplyAddBlock(alpha, a, b, c, rows, depth, 0, rows, 0, columns);
        }
        else if (rows <= BlockRows)
        {
            MultiplyAddColumnChunks(alpha, a, b, c, rows, columns, depth, threads);
        }
        else
        {
            // Several chunks per thread, so that a thread slowed by other work on the machine does not hold up the rest.
            var chunk = Math.Min(BlockRows, RoundUp(DivideRoundingUp(rows, 2 * threads), TileRows));
            Parallel.For(0, DivideRoundingUp(rows, chunk), new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
                MultiplyAddBlock(alpha, a, b, c, rows, depth, part * chunk, Math.Min(rows, (part + 1) * chunk), 0, columns));
        }
    }

    private static int DivideRoundingUp(int value, int divisor) => (value + divisor - 1) / divisor;

    private static int RoundUp(int value, int multiple) => DivideRoundingUp(value, multiple) * multiple;

    /// <summary>For products with few rows (a batch): op(A) is packed once, then threads take chunks of columns
    /// (about four per thread, for balance), each packing its own part of op(B).</summary>
    private static void MultiplyAddColumnChunks(T alpha, StridedMatrix<T> a, StridedMatrix<T> b, T[] c, int rows, int columns, int depth, int threads)
    {
        var paddedRows = RoundUp(rows, TileRows);
        var packedA = ArrayPool<T>.Shared.Rent(paddedRows * depth);
        try
        {
            for (var blockDepthStart = 0; blockDepthStart < depth; blockDepthStart += BlockDepth)
            {
                PackRows(a, 0, rows, blockDepthStart, Math.Min(BlockDepth, depth - blockDepthStart), packedA.AsSpan(paddedRows * blockDepthStart));
            }

            var chunk = Math.Clamp(RoundUp(DivideRoundingUp(columns, 4 * threads), TileColumns), TileColumns, BlockColumns);
            Parallel.For(0, DivideRoundingUp(columns, chunk), new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
            {
                var firstColumn = part * chunk;
                var chunkColumns = Math.Min(chunk, columns - firstColumn);
                var packedB = ArrayPool<T>.Shared.Rent(BlockDepth * chunk);
                try
                {
                    for (var blockDepthStart = 0; blockDepthStart < depth; blockDepthStart += BlockDepth)
                    {
                        var blockDepth = Math.Min(BlockDepth, depth - blockDepthStart);
                        PackColumns(b, blockDepthStart, blockDepth, firstColumn, chunkColumns, packedB);
                        MultiplyAddPanels(
                            blockDepth, packedA.AsSpan(paddedRows * blockDepthStart), rows, packedB, chunkColumns, alpha, c, 0, firstColumn, rows);
                    }
                }
                finally
                {
                    ArrayPool<T>.Shared.Return(packedB);
                }
            });
        }
        finally
        {
            ArrayPool<T>.Shared.Return(packedA);
        }
    }

    /// <summary>The part rows [rowStart, rowEnd) × columns [columnStart, columnEnd) of the product, on the calling thread.</summary>
    private static void MultiplyAddBlock(
        T alpha, StridedMatrix<T> a, StridedMatrix<T> b, T[] c, int rows, int depth,
        int rowStart, int rowEnd, int columnStart, int columnEnd)
    {
        var packedA = ArrayPool<T>.Shared.Rent(BlockRows * BlockDepth);
        var packedB = ArrayPool<T>.Shared.Rent(BlockDepth * BlockColumns);
        try
        {
            for (var blockRow = rowStart; blockRow < rowEnd; blockRow += BlockRows)
            {
                var blockRows = Math.Min(BlockRows, rowEnd - blockRow);
                for (var blockDepthStart = 0; blockDepthStart < depth; blockDepthStart += BlockDepth)
                {
                    var blockDepth = Math.Min(BlockDepth, depth - blockDepthStart);
                    PackRows(a, blockRow, blockRows, blockDepthStart, blockDepth, packedA);
                    for (var blockColumn = columnStart; blockColumn < columnEnd; blockColumn += BlockColumns)
                    {
                        var blockColumns = Math.Min(BlockColumns, columnEnd - blockColumn);
                        PackColumns(b, blockDepthStart, blockDepth, blockColumn, blockColumns, packedB);
                        MultiplyAddPanels(blockDepth, packedA, blockRows, packedB, blockColumns, alpha, c, blockRow, blockColumn, rows);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(packedB);
            ArrayPool<T>.Shared.Return(packedA);
        }
    }

    /// <summary>c[firstRow.., firstColumn..] += alpha · (packed rows) · (packed columns), tile by tile; the column panel
    /// stays in L1 while the row panels stream past it.</summary>
    private static void MultiplyAddPanels(
        int depth, Span<T> packedA, int rowCount, Span<T> packedB, int columnCount, T alpha, T[] c, int firstRow, int firstColumn, int rows)
    {
        for (var tileColumn = 0; tileColumn < columnCount; tileColumn += TileColumns)
        {
            for (var tileRow = 0; tileRow < rowCount; tileRow += TileRows)
            {
                MultiplyAddTile(
                    depth,
                    ref packedA[tileRow * depth],
                    ref packedB[tileColumn * depth],
                    alpha,
                    c,
                    firstRow + tileRow + ((firstColumn + tileColumn) * rows),
                    rows,
                    Math.Min(TileRows, rowCount - tileRow),
                    Math.Min(TileColumns, columnCount - tileColumn));
            }
        }
    }

    /// <summary>Copies a[rowStart.., depthStart..] into panels of TileRows rows, each stored depth-major
    /// (the TileRows values of one depth index side by side), zero-padding the last panel.</summary>
    private static void PackRows(StridedMatrix<T> a, int rowStart, int rowCount, int depthStart, int depth, Span<T> packed)
    {
        var tileRows = TileRows;
        for (var panelRow = 0; panelRow < rowCount; panelRow += tileRows)
        {
            var panel = packed.Slice(panelRow * depth, tileRows * depth);
            var rows = Math.Min(tileRows, rowCount - panelRow);
            if (rows < tileRows)
            {
                panel.Clear();
            }

            var firstRow = rowStart + panelRow;
            if (a.RowStride == 1 && rows == tileRows)
            {
                // A whole panel row is two SIMD vectors: moved as such, not by a Span.CopyTo call per 2 vectors.
                var count = (nuint)TSimd.Count;
                for (var p = 0; p < depth; p++)
                {
                    ref var source = ref MemoryMarshal.GetReference(a.Values.AsSpan(firstRow + ((depthStart + p) * a.ColumnStride), tileRows));
                    ref var target = ref MemoryMarshal.GetReference(panel.Slice(p * tileRows, tileRows));
                    TSimd.Store(TSimd.Load(ref source, 0), ref target, 0);
                    TSimd.Store(TSimd.Load(ref source, count), ref target, count);
                }
            }
            else if (a.RowStride == 1)
            {
                for (var p = 0; p < depth; p++)
                {
                    a.Values.AsSpan(firstRow + ((depthStart + p) * a.ColumnStride), rows).CopyTo(panel[(p * tileRows)..]);
                }
            }
            else
            {
                for (var r = 0; r < rows; r++)
                {
                    Gather(ref a.Values[a.IndexOf(firstRow + r, depthStart)], a.ColumnStride, ref panel[r], tileRows, depth);
                }
            }
        }
    }

    /// <summary>Copies b[depthStart.., columnStart..] into panels of TileColumns columns, each stored depth-major,
    /// zero-padding the last panel.</summary>
    private static void PackColumns(StridedMatrix<T> b, int depthStart, int depth, int columnStart, int columnCount, T[] packed)
    {
        for (var panelColumn = 0; panelColumn < columnCount; panelColumn += TileColumns)
        {
            var panel = packed.AsSpan(panelColumn * depth, TileColumns * depth);
            var columns = Math.Min(TileColumns, columnCount - panelColumn);
            if (columns < TileColumns)
            {
                panel.Clear();
            }

            var firstColumn = columnStart + panelColumn;
            if (b.ColumnStride == 1)
            {
                // At most six values a depth step: copied one by one, cheaper than a Span.CopyTo call each.
                for (var p = 0; p < depth; p++)
                {
                    var source = b.Values.AsSpan(((depthStart + p) * b.RowStride) + firstColumn, columns);
                    var target = panel.Slice(p * TileColumns, columns);
                    for (var column = 0; column < source.Length; column++)
                    {
                        target[column] = source[column];
                    }
                }
            }
            else
            {
                for (var column = 0; column < columns; column++)
                {
                    Gather(ref b.Values[b.IndexOf(depthStart, firstColumn + column)], b.RowStride, ref panel[column], TileColumns, depth);
                }
            }
        }
    }

    /// <summary>target[i · targetStride] = source[i · sourceStride] for i &lt; count. The callers derive both ends
    /// from validated matrix sizes, so the unchecked walk stays inside the arrays.</summary>
    private static void Gather(ref T source, int sourceStride, ref T target, int targetStride, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref target, (nint)i * targetStride) = Unsafe.Add(ref source, (nint)i * sourceStride);
        }
    }

    /// <summary>The micro-kernel: c[offset..] += alpha · (packed A panel) · (packed B panel) for one tile of
    /// at most TileRows × TileColumns; the twelve accumulators live in vector registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyAddTile(int depth, ref T a, ref T b, T alpha, T[] c, int offset, int leadingDimension, int rows, int columns)
    {
        var count = (nuint)TSimd.Count;
        TVector c00 = default, c10 = default, c01 = default, c11 = default, c02 = default, c12 = default;
        TVector c03 = default, c13 = default, c04 = default, c14 = default, c05 = default, c15 = default;
        for (var p = 0; p < depth; p++)
        {
            var a0 = TSimd.Load(ref a, 0);
            var a1 = TSimd.Load(ref a, count);
            var bj = TSimd.Broadcast(b);
            c00 = TSimd.MultiplyAdd(a0, bj, c00);
            c10 = TSimd.MultiplyAdd(a1, bj, c10);
            bj = TSimd.Broadcast(Unsafe.Add(ref b, 1));
            c01 = TSimd.MultiplyAdd(a0, bj, c01);
            c11 = TSimd.MultiplyAdd(a1, bj, c11);
            bj = TSimd.Broadcast(Unsafe.Add(ref b, 2));
            c02 = TSimd.MultiplyAdd(a0, bj, c02);
            c12 = TSimd.MultiplyAdd(a1, bj, c12);
            bj = TSimd.Broadcast(Unsafe.Add(ref b, 3));
            c03 = TSimd.MultiplyAdd(a0, bj, c03);
            c13 = TSimd.MultiplyAdd(a1, bj, c13);
            bj = TSimd.Broadcast(Unsafe.Add(ref b, 4));
            c04 = TSimd.MultiplyAdd(a0, bj, c04);
            c14 = TSimd.MultiplyAdd(a1, bj, c14);
            bj = TSimd.Broadcast(Unsafe.Add(ref b, 5));
            c05 = TSimd.MultiplyAdd(a0, bj, c05);
            c15 = TSimd.MultiplyAdd(a1, bj, c15);
            a = ref Unsafe.Add(ref a, 2 * count);
            b = ref Unsafe.Add(ref b, TileColumns);
        }

        var alphas = TSimd.Broadcast(alpha);
        if (rows == TileRows && columns == TileColumns)
        {
            ref var column = ref c[offset];
            var step = (nuint)leadingDimension;
            AddScaled(ref column, c00, c10, alphas);
            AddScaled(ref Unsafe.Add(ref column, step), c01, c11, alphas);
            AddScaled(ref Unsafe.Add(ref column, 2 * step), c02, c12, alphas);
            AddScaled(ref Unsafe.Add(ref column, 3 * step), c03, c13, alphas);
            AddScaled(ref Unsafe.Add(ref column, 4 * step), c04, c14, alphas);
            AddScaled(ref Unsafe.Add(ref column, 5 * step), c05, c15, alphas);
            return;
        }

        // An edge tile: spill the accumulators and add only the part that lies inside c.
        Span<T> tile = stackalloc T[2 * TSimd.Count * TileColumns];
        ref var spill = ref tile[0];
        var tileRows = (nuint)TileRows;
        Spill(ref spill, c00, c10, alphas);
        Spill(ref Unsafe.Add(ref spill, tileRows), c01, c11, alphas);
        Spill(ref Unsafe.Add(ref spill, 2 * tileRows), c02, c12, alphas);
        Spill(ref Unsafe.Add(ref spill, 3 * tileRows), c03, c13, alphas);
        Spill(ref Unsafe.Add(ref spill, 4 * tileRows), c04, c14, alphas);
        Spill(ref Unsafe.Add(ref spill, 5 * tileRows), c05, c15, alphas);
        for (var column = 0; column < columns; column++)
        {
            for (var row = 0; row < rows; row++)
            {
                c[offset + (column * leadingDimension) + row] += tile[(column * TileRows) + row];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddScaled(ref T column, TVector low, TVector high, TVector alphas)
    {
        var count = (nuint)TSimd.Count;
        TSimd.Store(TSimd.MultiplyAdd(low, alphas, TSimd.Load(ref column, 0)), ref column, 0);
        TSimd.Store(TSimd.MultiplyAdd(high, alphas, TSimd.Load(ref column, count)), ref column, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Spill(ref T column, TVector low, TVector high, TVector alphas)
    {
        var zero = TSimd.Broadcast(T.Zero);
        TSimd.Store(TSimd.MultiplyAdd(low, alphas, zero), ref column, 0);
        TSimd.Store(TSimd.MultiplyAdd(high, alphas, zero), ref column, (nuint)TSimd.Count);
    }
}
