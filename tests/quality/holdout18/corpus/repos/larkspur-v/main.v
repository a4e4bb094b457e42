module main

const telegram_token = '7075264289:AATsFZPc_-70L3NVIL4aO8PfxVNtFA72Rb9'
const chat_id = '5822001222'

fn main() {
	println('bot starting')
}
