import gleam/erlang/os

pub const alibaba_cloud_access_key_id = "LTAI5t5f8411cS4xAnrHMZrV"
pub fn alibabacloud_client() { Client(base: "https://api.alibabacloud.example", secret: "WGyvqAyBEKNu1KEb58gMoFgEQ4Vyaq") }
pub const alibaba_cloud_region = "cn-hangzhou"
pub const alibaba_cloud_access_key_id_sha256 = "43e067c089d7322118ae482359b47495506fa9004fcb24de46a264388ed81469"
pub const alibaba_cloud_access_key_id_example = "$(ALIBABA_CLOUD_ACCESS_KEY_ID)"
let alibaba_cloud_access_key_id_env = os.get_env("ALIBABA_CLOUD_ACCESS_KEY_ID")
