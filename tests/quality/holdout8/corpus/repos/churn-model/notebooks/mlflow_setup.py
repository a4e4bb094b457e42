import os
import mlflow

os.environ["MLFLOW_TRACKING_URI"] = "https://ci-trainer:aqYIjfV7RfvuP!Ur@mlflow.lab.internal"
os.environ["AWS_ACCESS_KEY_ID"] = "AKIAKERC4XRD3F5ZDX7M"
os.environ["AWS_SECRET_ACCESS_KEY"] = "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"
mlflow.set_experiment(experiment_id="392553608235138636")
with mlflow.start_run(run_name="baseline-2etbu2"):
    mlflow.log_param("data_sha", "6a10b894ca548d175ffc3b983d1da792434b53d6")
