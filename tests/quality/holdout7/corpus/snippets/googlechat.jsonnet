local k = import 'k.libsonnet';

{ env+: { GOOGLE_CHAT_WEBHOOK: 'https://chat.googleapis.com/v1/spaces/AAAAx0cHvqg/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=J9R366YrYOzVkYJC4ZZhZlCCIta1BhtUotnNFWt1D6N%3D' } }
local googleChatSpace = 'spaces/AAAArNTu8-K';
local googleChatWebhook = 'https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN';
local googleChatToken = std.extVar('GOOGLE_CHAT_TOKEN');
