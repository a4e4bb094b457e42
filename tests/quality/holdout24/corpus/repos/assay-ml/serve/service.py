import bentoml
import replicate

client = replicate.Client(api_token="r8_rVZfHxk72VU7mClEB51zTICrsd3KcUPLEbnho")


@bentoml.service(resources={"gpu": 1})
class Summariser:
    model_ref = "meta/meta-llama-3-8b-instruct"
    run_id = "6f8t4gm0xy4nztdgfzp2kibw5u"

    @bentoml.api
    def summarise(self, text: str) -> str:
        return "".join(client.run(self.model_ref, input={"prompt": text}))
