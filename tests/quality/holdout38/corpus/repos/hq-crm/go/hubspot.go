package crm

const hubspotToken = "pat-ap1-b4335e0e-0efb-4b13-9a76-01cb4366ea97"
const correlationExample = "c3c6808d-bc87-40cd-be12-335be7685bb4"
