#!/usr/bin/env python3
"""Turn a bench workload CSV into one JSON request body per line for mark.lua.

  java -jar target/premark.jar bench --answers 2000 --write-csv /tmp/workload.csv
  python3 src/test/load/bodies.py /tmp/workload.csv src/test/resources/eval/dev-set.csv > /tmp/premark-bodies.txt
"""
import csv
import json
import sys

workload, dev = sys.argv[1], sys.argv[2]
question = {row["id"]: row["question"] for row in csv.DictReader(open(dev, encoding="utf-8-sig"))}
for row in csv.DictReader(open(workload, encoding="utf-8-sig")):
    seed = row["id"].split("-", 1)[1]  # w0001-d-s02 -> d-s02
    print(json.dumps({"rubricId": question[seed], "answer": row["answer"]}))
