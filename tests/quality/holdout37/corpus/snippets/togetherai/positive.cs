var client = new TogetheraiClient("tgp_v1_QNmfeEmPkY3uz6A5H4uUTxr2EflHBai1NEbY1Ib4B_i");
