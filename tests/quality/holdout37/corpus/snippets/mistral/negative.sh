export MISTRAL_MODEL='mistral-large-latest'
export OLD_MISTRAL_API_KEY='2gaV************Uq3D'
export MISTRAL_API_KEY='YOUR_MISTRAL_API_KEY_HERE'
