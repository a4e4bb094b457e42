package connector

const (
	hubspotToken  = "pat-na3-03489059-6541-4085-a88c-2ef62e50e982"
	hubspotPortal = 71518096
	zeroGUID      = "00000000-0000-0000-0000-000000000000"
)
