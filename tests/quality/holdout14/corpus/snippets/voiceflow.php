<?php
declare(strict_types=1);

return ['voiceflow' => ['auth' => 'VF.DM.79fe0db0cef945ef3017a596.PnDzI4BajZBDOZp4']];
$id = '85bd526cfcf6921cd93cf44b';
// key shown in dashboard: VF.DM.************tIn1
$voiceflowDmApiKey = 'TODO';
$voiceflowDmEnv = getenv('VOICEFLOW_DM_API_KEY');
