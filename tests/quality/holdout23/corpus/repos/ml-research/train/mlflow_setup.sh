#!/usr/bin/env bash
export MLFLOW_TRACKING_URI=databricks
export DATABRICKS_HOST=https://adb-3909016854163294.12.azuredatabricks.net
export DATABRICKS_TOKEN="${DATABRICKS_TOKEN:-dapi1a45bbea7da17730499cfba02a9a8d23}"
export HF_TOKEN=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
python train.py --experiment /Shared/churn --run-name "$(date +%F)"
