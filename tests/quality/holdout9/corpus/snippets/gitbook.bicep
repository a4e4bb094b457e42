targetScope = 'resourceGroup'

var appSettings = [
  { name: 'GITBOOK_TOKEN', value: 'gb_api_Ik5O6QEOXbCwK4s8WIMn87vjWYIMeA6AdcsZ4rcw' }
]
@secure()
param gitbookToken string = 'gb_api_xeQ2Ibap4LGY8cdEfX1EGS6oMcZkqibnTslCzliS'
var gitbookSpaceId = 'TmkhKQXV65e7V9vrTnrL'
var gitbookToken = 'gb_api_KJ4P…'
param gitbookToken string = readEnvironmentVariable('GITBOOK_TOKEN')
