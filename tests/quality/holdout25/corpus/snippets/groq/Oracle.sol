// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Oracle {
    string private constant GROQ_API_KEY = "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";
    string private constant GROQ_MODEL = "llama-3.1-8b-instant";
    string private constant GROQ_API_KEY_SHA256 = "3f0399df2a942aeb197bf15daed7fc5091a366de47216f8e33537e6366a8e864";
    string private constant GROQ_API_KEY_EXAMPLE = "$(GROQ_API_KEY)";
    // set GROQ_API_KEY off-chain
}
