package crm

func New() *hubspot.Client {
	return hubspot.NewClient(
		hubspot.SetPrivateAppToken("pat-na1-e417fedc-4b10-45dd-8529-43c9a8d33ee2"),
		hubspot.WithPortal(90269456),
	)
}
