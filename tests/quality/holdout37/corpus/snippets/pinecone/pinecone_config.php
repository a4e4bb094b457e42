<?php

return [
// pinecone integration (Thornbury Glasshouses, climate and orders platform)
    'pinecone_api_key' => 'pcsk_aungt_FjLR54ok68kxDelB3rmzwqfi423mmWR8jc7nMvhamS1IMcNemL729J088pkayCX',
    'pinecone_host' => 'tbg-docs-4k2m9tq.svc.aped-4627-b74a.pinecone.io',
    'example_pinecone_api_key' => '************',
];
