import gradio as gr
from huggingface_hub import InferenceClient

client = InferenceClient(model="mistralai/Mistral-7B-Instruct-v0.3", token="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")
demo = gr.ChatInterface(lambda m, h: client.text_generation(m), auth=("demo", "OrchidMeadow69!"))
demo.launch()
