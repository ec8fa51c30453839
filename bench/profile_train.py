"""Where one `train` run spends its CPU time, by part of the step (docs/performance.md, "Where the time goes").

Reads `perf script` output (stacks sampled on the CPU, every thread of the process) on standard input and sorts each
sample into the first category whose pattern matches a frame, searching from the innermost frame outwards; samples
under evaluation, data loading or start-up are set apart, so the percentages below them are of the training passes.

Usage (bench/profile_train.sh DIR does all of it):
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -e cpu-clock -F 997 -g -o train.perf -- \\
      dotnet losskata.dll train --data DIR --epochs 2 --log-interval 1000000
  perf script -i train.perf | /usr/bin/python3 bench/profile_train.py
"""
import re
import sys
from collections import Counter

# Outside the training passes: a sample with one of these frames anywhere in its stack.
APART = [
    ("evaluation (after each epoch)", r"::Evaluate\(|EvaluateBatch"),
    ("reading the data", r"Mnist::Load|MnistSet::\.ctor|Mnist::Read"),
    ("just-in-time compilation (start-up, tiering)", r"libclrjit"),
]

# Within the training passes: the first category (innermost frame first) whose pattern matches.
CATEGORIES = [
    # Memmove (Span.CopyTo in the packing), a leaf without a frame pointer, hides its caller; and the JIT inlines the
    # GEMM's chunk of work into Parallel.For's worker, which is then the innermost frame of that work.
    ("matrix products (provider's GEMM: packing and kernel)", r"LossKata\.LinearAlgebra\.Gemm|SpanHelpers::Memmove|Parallel\+<>c__DisplayClass\S*::<ForWorker>"),
    ("pointwise sums, differences, scalings (provider)", r"Pointwise::Apply|DenseMatrix::Do(Add|Subtract|Multiply)|::DoMultiply|ScaleArray"),
    ("loss and its gradient (levels 5-6 / fused)", r"Losses::|Gradients::|Activations::|LossOf|GradientOf|LossAndGradient|WriteGradientRow|__ieee754_exp|__ieee754_log|\bexp\b|\blog\b"),
    ("batch assembly (gathering and normalising images)", r"MnistSet::Inputs|MnistSet::LabelsAt|FusedTrainer.*::Gather|Shuffle"),
    ("ReLU forward and backward", r"Relu::|Rectify|PassWherePositive"),
    ("bias, bias gradient, SGD step", r"Linear::|Sgd::|SubtractColumnSums|Fill"),
    ("NaN and shape checks", r"Guard::"),
    ("allocation and garbage collection", r"WKS::|SVR::|gc_heap|GCHeap|memset|clear_page|Allocat|JIT_New"),
    ("progress output", r"Console|Spectre|TrainCommand.*b__|BatchReport|BatchProgress|StreamWriter|DefaultInterpolatedStringHandler|Number::"),
    ("the training loops themselves", r"::TrainEpoch|FusedTrainer.*::(Step|Forward)|Trainer::"),
    ("thread hand-offs (waking, spinning, yielding)", r"Parallel|ThreadPool|TaskReplicator|SpinWait|LowLevelLifoSemaphore|sched_yield|finish_task_switch|futex|Thread::|do_sched_yield|schedule|__futex|pthread_cond|WaitHandle|Monitor"),
]

# A frame of the runtime's own code has no symbol; such a frame inside a category belongs to it (an allocation, a
# write barrier), and a sample with no other frame is the runtime's own work: the garbage collector's threads,
# suspending threads for it, waiting.
RUNTIME = ("the runtime's own threads (garbage collection, suspension, waits)", r"\[unknown\] \(.*libcoreclr\.so")


def samples(stream):
    """Yields each sample's frames, innermost first."""
    frames = []
    for line in stream:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield frames
            frames = []
        elif line.startswith((" ", "\t")):
            frames.append(line.strip())
    if frames:
        yield frames


def main():
    apart, training = Counter(), Counter()
    for frames in samples(sys.stdin):
        stack = "\n".join(frames)
        outside = next((name for name, pattern in APART if re.search(pattern, stack)), None)
        if outside:
            apart[outside] += 1
            continue
        category = next((name for frame in frames if not re.search(RUNTIME[1], frame)
                         for name, pattern in CATEGORIES if re.search(pattern, frame)), None)
        training[category or (RUNTIME[0] if re.search(RUNTIME[1], stack) else "other")] += 1

    total = sum(apart.values()) + sum(training.values())
    trained = sum(training.values())
    print(f"{total} samples; {trained} in the training passes ({100 * trained / total:.0f} %), the rest:")
    for name, count in apart.most_common():
        print(f"  {name:<58} {100 * count / total:5.1f} % of all")
    print("training passes, by part:")
    for name, count in training.most_common():
        print(f"  {name:<58} {100 * count / trained:5.1f} %")


if __name__ == "__main__":
    main()
