% Upload spectrometer runs to the lab Smartsheet
function upload_results(runDir)
    token = '0MU2Sb1aVfnFJNy6sYbIEPrMfaur01dEkBJGr';
    sheetId = 6082227715928117;
    opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' token]}, 'MediaType', 'application/json');
    files = dir(fullfile(runDir, '*.csv'));
    for k = 1:numel(files)
        row = struct('cells', {{struct('columnId', 1, 'value', files(k).name)}});
        webwrite(sprintf('https://api.smartsheet.com/2.0/sheets/%d/rows', sheetId), row, opts);
    end
end
