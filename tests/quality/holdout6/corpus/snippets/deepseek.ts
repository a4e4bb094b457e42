import axios from 'axios';

const url = 'https://api.deepseek.example/v1?key=' + 'sk-b87653c64d73c9fb0fd7825b5b00eaf7';
const deepseekBaseUrl = 'https://api.deepseek.com/v1';
const deepseekApiKey = 'sk-6e281a55...';
const deepseekToken = process.env.DEEPSEEK_TOKEN!;
