OPENAI_API_KEY = (
    "sk-proj-PslxJmDb0qcMEUNFJ70sGm1uDP4ieqM8pHL6tIuQuGnYdg"
    "Bg7_IxaBHA06cSzoZvUAEc2Mj0T1T3BlbkFJ7sbjUP4thH2xb41_11"
    "wfGjFg5p2ofGyzfr6H-FM_GpFBbGAkV5-jEO0dNs5xM-QFRdtWMtQV23"
)
