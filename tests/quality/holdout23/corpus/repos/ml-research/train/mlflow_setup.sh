#!/usr/bin/env bash
export MLFLOW_TRACKING_URI=databricks
export DATABRICKS_HOST=https://adb-2092153423834700.12.azuredatabricks.net
export DATABRICKS_TOKEN="${DATABRICKS_TOKEN:-dapi8a26f43e1a6fa81475d81e405ace5684}"
export HF_TOKEN=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
python train.py --experiment /Shared/churn --run-name "$(date +%F)"
