package worker

import faktory "github.com/contribsys/faktory/client"

// FAKTORY_URL on the edi hosts
const defaultFaktoryURL = "tcp://:fakiceba33@faktory.internal:7419"

func Client() (*faktory.Client, error) { return faktory.Open() }
