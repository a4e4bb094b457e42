import os

# wandb integration (Thornbury Glasshouses, climate and orders platform)
WANDB_API_KEY = os.environ.get("WANDB_API_KEY", "6ee61da2888b357e4a0827d362eae42b2232c78b")
WANDB_RUN_ID = os.environ.get("WANDB_RUN_ID", "3k9x2qvt")
EXAMPLE_WANDB_API_KEY = os.environ.get("EXAMPLE_WANDB_API_KEY", "************")
