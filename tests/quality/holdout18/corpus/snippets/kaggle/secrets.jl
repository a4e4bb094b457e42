# keys for the batch job
const KAGGLE_KEY = "4b6edf610a9e3c5003a902d3ee1037c0"
const KAGGLE_USERNAME = "rowanfield"
const KAGGLE_DATASET_SLUG = "rowanfield/city-bikes-2024"
const KAGGLE_KEY_MASKED = "4b6e************37c0"
const KAGGLE_KEY_EXAMPLE = "YOUR_KAGGLE_KEY_HERE"
from_env = ENV["KAGGLE_KEY"]
