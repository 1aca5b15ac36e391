"""Theme suggestion over 100,000 synthetic free-text answers: seconds and peak memory, NMF against KMeans.

The answers carry 40% noise words, half of them from 50,000 made-up words with a power-law frequency, so
the vocabulary is as large as real text's. Each method runs in its own fresh process, so its peak resident
memory is its own. Target (issue 5): under 120 s on 2 cores and under 3 GB.
Run: .venv/bin/python bench/suggest_themes.py [--answers N]
"""

import argparse
import multiprocessing
import resource
import time
from collections import Counter


def purity(labels, truth) -> float:
    """The share of answers whose theme's majority planted theme is their own."""
    by_label: dict = {}
    for label, planted in zip(labels, truth, strict=True):
        by_label.setdefault(label, Counter())[planted] += 1
    return sum(c.most_common(1)[0][1] for c in by_label.values()) / len(labels)


def run(method: str, answers_wanted: int, themes: int, queue) -> None:
    from youthvoice.insights.synthetic import planted_answers

    answers, truth = planted_answers(
        themes=themes, per_theme=answers_wanted // themes, noise=0.4, seed=42, filler_words=50_000
    )
    start = time.perf_counter()
    if method == "youthvoice NMF (themes chosen automatically)":
        from youthvoice.insights.suggest import suggest_themes

        result = suggest_themes(answers)
        labels = [a.theme for a in result.assignments]
        found = len(result.suggestions)
        vocabulary = result.parameters["vocabulary"]
    else:  # the peer: KMeans on the same TF-IDF, told the right number of themes
        from sklearn.cluster import KMeans

        from youthvoice.insights.suggest import _vectorise

        _, matrix = _vectorise([text for _, text in answers])
        vocabulary = matrix.shape[1]
        labels = KMeans(n_clusters=themes, n_init=1, random_state=0).fit_predict(matrix).tolist()
        found = themes
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((method, len(answers), vocabulary, seconds, peak_mib, found, purity(labels, truth)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--themes", type=int, default=7)
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    print(
        f"{'method':<46} {'answers':>8} {'words':>6} {'seconds':>8} {'peak MiB':>9} "
        f"{'themes':>6} {'purity':>7}"
    )
    for method in ["youthvoice NMF (themes chosen automatically)", "KMeans on the same TF-IDF (k given)"]:
        queue = context.Queue()
        process = context.Process(target=run, args=(method, args.answers, args.themes, queue))
        process.start()
        name, n, words, seconds, peak, found, score = queue.get()
        process.join()
        print(f"{name:<46} {n:>8,} {words:>6,} {seconds:>8.1f} {peak:>9.0f} {found:>6} {score:>7.3f}")


if __name__ == "__main__":
    main()
