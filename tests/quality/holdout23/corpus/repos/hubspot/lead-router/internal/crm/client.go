package crm

func New() *hubspot.Client {
	return hubspot.NewClient(
		hubspot.SetPrivateAppToken("pat-na1-446ae2c1-05b6-4270-bff5-f9fbcb9f53ca"),
		hubspot.WithPortal(46871797),
	)
}
