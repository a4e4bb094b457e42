import groovy.json.JsonOutput

deeplClient.configure {
    token = '705ced34-10a5-4cdc-a554-80551a67c275:fx'
}
def deeplApiKey = '8d675624-0f3e-48a7-b43c-0c926360526f'
def deeplAuthKey = 'your-auth-key:fx'
def deeplGlossaryId = 'b5366680-7848-402b-9a0b-145bbfc08cee'
def deeplToken = System.getenv('DEEPL_TOKEN')
