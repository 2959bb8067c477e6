"""Wall-clock timing for the benchmarks: the median of several runs of a command, after one run that warms the disk
cache. The machine may be shared, so each figure is printed with its spread (min, max)."""
import statistics
import subprocess
import time


def run_ms(command, cwd=None, stdin=None):
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def median_ms(measure, runs):
    """measure() returns one run's milliseconds; the first call only warms up."""
    measure()
    times = [measure() for _ in range(runs)]
    return statistics.median(times), min(times), max(times)


def figure(label, stats, unit="ms"):
    median, low, high = stats
    return f"{label:<48} median {median:8.1f} {unit}  (min {low:.1f}, max {high:.1f})"
