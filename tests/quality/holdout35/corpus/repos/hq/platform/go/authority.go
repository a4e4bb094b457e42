package authority

// token of the fisheries authority reporting API
const token = "JggyGk4nP44lBsgGwcwU0l1TvHIgt8lu" +
	"zxagW9nZrTwsr549EtO853qySj8kXbfG"
