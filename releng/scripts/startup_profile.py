#!/usr/bin/env python3
"""Where a cold run of ./jixiao spends its time, from two recordings of the same command.

Reads the JVM's class-loading log (-Xlog:class+load with uptime) for the wall-clock milestones of the
run (the JVM up, Equinox starting, the application started, the command's own work, the framework
stopping), and the execution samples of a Java Flight Recording (printed by the JDK's `jfr print
--json`) for the CPU of the Java threads by phase: each sample is put in the first phase of PHASES
whose frames it contains, looked up from the outermost frame inwards. The JIT compilers and the
garbage collector run in native threads that JFR does not sample; their share is the process's CPU
time less what the samples show, so the process's CPU time is printed beside them.

    startup_profile.py CLASS_LOAD_LOG JFR_JSON [PROCESS_CPU_SECONDS [WINDOW_SECONDS]]

WINDOW_SECONDS, for the workbench, is when its window was seen mapped, counted from the launch of
./jixiao (so it includes the JVM's own start, about 0.05 s before its uptime begins).
"""
import collections
import json
import re
import sys

# Wall-clock milestones: the first class of each; printed in the order the run reached them.
MILESTONES = [
    ("JVM up, launcher reads config.ini", "org.eclipse.equinox.launcher.Main"),
    ("Equinox framework created", "org.eclipse.osgi.internal.framework.EquinoxContainer"),
    ("declarative services (SCR) started", "org.apache.felix.scr.impl.Activator"),
    ("extension registry started", "org.eclipse.core.internal.registry.osgi.Activator"),
    ("application launcher", "org.eclipse.core.runtime.internal.adaptor.EclipseAppLauncher"),
    ("jixiao application started", "org.jixiao.cli.internal.JixiaoApplication"),
    ("EMF's XMI reader first used (the evaluation; in the workbench its e4 model)", "org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl"),
    ("store opened (Derby)", "org.apache.derby.jdbc.EmbeddedDriver"),
    ("BIRT engine created", "org.eclipse.birt.report.engine.api.impl.ReportEngine"),
    ("first document laid out", "org.eclipse.birt.report.engine.layout.pdf.PDFLayoutEngine"),
    ("workbench application started", "org.eclipse.e4.ui.internal.workbench.swt.E4Application"),
    ("SWT display created", "org.eclipse.swt.widgets.Display"),
    ("workbench model loaded", "org.eclipse.e4.ui.internal.workbench.E4Workbench"),
    ("navigator part created", "org.jixiao.ui.internal.navigator.EvaluationNavigatorPart"),
    ("welcome part created", "org.jixiao.ui.internal.WelcomePart"),
    ("framework stopping", "org.eclipse.osgi.container.Module$StopOptions"),
]

# CPU phases of the sampled Java threads; a sample counts for the first phase whose key is in one
# of its frames, frames looked at from the outermost. The command line's phase looks at the innermost
# frame outside the JDK only, since every command runs inside picocli's execute.
INNERMOST = {"command line (picocli)"}
PHASES = [
    ("BIRT: layout and emitters (PDF, DOCX, XLSX)", ["org/eclipse/birt/report/engine/emitter", "org/openpdf",
                                                   "org/eclipse/birt/report/engine/layout",
                                                   "uk/co/spudsoft"]),
    ("BIRT: scripted data sets (Rhino)", ["org/mozilla/javascript"]),
    ("BIRT: data engine", ["org/eclipse/birt/data"]),
    ("BIRT: charts", ["org/eclipse/birt/chart"]),
    ("BIRT: design built and opened (model, IR)", ["org/eclipse/birt/report/model",
                                                   "org/eclipse/birt/report/engine/parser"]),
    ("BIRT: engine start and run", ["org/eclipse/birt"]),
    ("jixiao: report data", ["org/jixiao/report"]),
    ("store (Derby)", ["org/apache/derby", "org/jixiao/store"]),
    ("jixiao: scoring and validation", ["org/jixiao/core/scoring", "org/jixiao/core/validation"]),
    ("EMF models (the evaluation and its ledgers; in the workbench also the e4 model)", ["org/eclipse/emf", "org/jixiao/model", "org/jixiao/module"]),
    ("workbench: jixiao's parts and handlers", ["org/jixiao/ui"]),
    ("workbench: e4 model, CSS, renderers, JFace", ["org/eclipse/e4/ui", "org/eclipse/jface"]),
    ("workbench: SWT", ["org/eclipse/swt"]),
    ("command line (picocli)", ["picocli/"]),
    ("jixiao: other", ["org/jixiao"]),
    ("declarative services (SCR)", ["org/apache/felix/scr"]),
    ("extension registry", ["org/eclipse/core/internal/registry"]),
    ("Equinox framework and launcher", ["org/eclipse/osgi", "org/eclipse/equinox", "org/eclipse/core"]),
    ("JDK only (class loading, JFR)", [""]),
]


def milestones(path):
    first = {}
    end = 0.0
    pattern = re.compile(r"^\[(\d+\.\d+)s\] (\S+)")
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            match = pattern.match(line)
            if not match:
                continue
            time, name = float(match.group(1)), match.group(2)
            end = time
            for label, prefix in MILESTONES:
                if label not in first and name == prefix:
                    first[label] = time
    return first, end


def phases(path):
    with open(path, encoding="utf-8") as recording:
        events = json.load(recording)["recording"]["events"]
    counts = collections.Counter()
    threads = collections.Counter()
    for event in events:
        if event["type"] != "jdk.ExecutionSample":
            continue
        frames = [f["method"]["type"]["name"] + "/" + f["method"]["name"]
                  for f in reversed(event["values"]["stackTrace"]["frames"])]
        stack = " ".join(frames)
        own = [f for f in frames if not f.startswith(("java/", "jdk/", "sun/", "com/sun/"))]
        innermost = own[-1] if own else ""
        for label, keys in PHASES:
            if any(key in (innermost if label in INNERMOST else stack) for key in keys):
                counts[label] += 1
                break
        threads[event["values"]["sampledThread"]["javaName"]] += 1
    return counts, threads


def main():
    log, recording = sys.argv[1], sys.argv[2]
    cpu = float(sys.argv[3]) if len(sys.argv) > 3 else None
    window = float(sys.argv[4]) if len(sys.argv) > 4 else None
    first, end = milestones(log)
    print("  wall clock (JVM uptime, with class-load logging on):")
    previous = 0.0
    for label, time in sorted(first.items(), key=lambda item: item[1]):
        print(f"    {time:6.3f} s  (+{time - previous:5.3f})  {label}")
        previous = time
    print(f"    {end:6.3f} s  (+{end - previous:5.3f})  last class loaded (the run ends)")
    if window is not None:
        print(f"    window mapped {window:.3f} s after ./jixiao was launched (this run, stopped then)")
    counts, threads = phases(recording)
    total = sum(counts.values())
    print(f"  the Java threads' execution samples by phase ({total} samples, one per running thread every 5 ms):")
    for label, _ in PHASES:
        if counts[label]:
            print(f"    {100 * counts[label] / total:5.1f} %  {label}")
    busiest = ", ".join(f"{name} {n}" for name, n in threads.most_common(4))
    print(f"  samples by thread: {busiest}")
    if cpu is not None:
        print(f"  process CPU (user + system, of the recorded run): {cpu:.2f} s")


if __name__ == "__main__":
    main()
