"""The package's TOML data files, parsed ahead of time (written by ``tools/compile_toml.py``:
do not edit; run it again after editing a TOML data file).

One module a data file; its ``parsed()`` returns the file's text parsed, as :func:`tomllib.loads`
returns it. ``MODULES`` maps the SHA-256 of the text a module was compiled from to the module's
name: ``expectgap._package_data.loads_toml`` uses a module only for that very text (and imports
only the modules of the files read). The TOML files stay the only source of the data.
"""

from __future__ import annotations

__all__ = ["MODULES"]

MODULES: dict[str, str] = {
    "4d8df32be52e142b1f94c6ca6f94b9ae801fec899f636e9066f814add1a94283": "assess_locales_en",  # assess/locales/en.toml
    "eb429c95f51dcc946aa6ac9cf50b95640ee1d164eee1e29ec59dcd2f837a0e10": "assess_locales_ja",  # assess/locales/ja.toml
    "9a092582063682f03c3c3d0e899136e493c1657e99820ca87ea3ac86a978809f": "assess_policy",  # assess/policy.toml
    "f93fb2c8a59d4cc4d685dd4ef58485782262e848bf42f58d68f6459355c804f3": "data_currencies",  # data/currencies.toml
    "38119737ef2de840aee78e75a30110869fce5c4a8c0a6eba7b91241974f146de": "datasets_data_jp_census",  # datasets/data/jp_census.toml
    "9ba14b1d8174e885aa77c6f59f00e8e21adbcea95e4b376c74c0e72337a910c9": "datasets_data_oews_2025",  # datasets/data/oews_2025.toml
    "aeb5127f31d73f5766fb0340556984a69eceb06fcbc2e02b965893d44c72c5a9": "datasets_data_us_areas",  # datasets/data/us_areas.toml
    "63622b06d5b14df1a6c3f49830afe4163fb96fcbd97dc916f243390fb96bb14c": "payroll_jp_params_child_support",  # payroll/jp/params/child_support.toml
    "b83894b736caecf47258f8db4f223b46835e0757309d0860a299906a9565a9d3": "payroll_jp_params_collection",  # payroll/jp/params/collection.toml
    "f8e35cceee7587f50124b777daff18664b0a714dc4e49efdbd7cddde90bfb0a7": "payroll_jp_params_commuting",  # payroll/jp/params/commuting.toml
    "ad5e35ce4f58359cbfba34ce3a7b4574ac009b18a45da77c026a2c6607d80661": "payroll_jp_params_deductions",  # payroll/jp/params/deductions.toml
    "de0cd442baa02e246466354377fcc5e683973ec3e2805d37ef024e468a030369": "payroll_jp_params_employment_insurance",  # payroll/jp/params/employment_insurance.toml
    "4a47fa56886a9d8ddb59c56f9b76be11d6dcb23547863a5f0b87aeef5edf8819": "payroll_jp_params_health_insurance",  # payroll/jp/params/health_insurance.toml
    "b63d67e1d7212b72624e71e3d4cbb90ed485f5badddd23df1e420bec8ba9c226": "payroll_jp_params_income_tax",  # payroll/jp/params/income_tax.toml
    "998109f1c610ce7df4c429e71834640d9dcf75f83edd8de71b80553e3ab9623e": "payroll_jp_params_labour",  # payroll/jp/params/labour.toml
    "055405deef78679b4e05f4e8df2ef6a8ccfc8c5726732b9f99513166fc667af3": "payroll_jp_params_minimum_wage",  # payroll/jp/params/minimum_wage.toml
    "d57f1e1136286b09f44dd1e334e1eed21207657ce23e790b41fe4d7a92b4382b": "payroll_jp_params_nursing_care",  # payroll/jp/params/nursing_care.toml
    "0b0334dff7b1f5b8741e2cc52f94ed6ddef1213cdfa63956655f1eaddab395fd": "payroll_jp_params_pension",  # payroll/jp/params/pension.toml
    "61dfc4bedf757bf70a8a6d8606ef80f8af94548b5600787de7377e206b56e5f2": "payroll_jp_params_prefectures",  # payroll/jp/params/prefectures.toml
    "f2a20365bc2181228b1b18cb4f02c6e6b6efa42c521fa3a5bf917ee1015c526a": "payroll_jp_params_residence",  # payroll/jp/params/residence.toml
    "d3d4f68b697671de11f6705426f62efc92fe1a2982155ee286840b5c5e2959f4": "payroll_jp_params_resident_tax",  # payroll/jp/params/resident_tax.toml
    "65c2c3898a39e191927f8493e2d308b60b67caee6a196f8f7331d5490843a2af": "payroll_jp_params_social_insurance_rounding",  # payroll/jp/params/social_insurance_rounding.toml
    "997295c0449793ff8734dabc8094c27f711189cad0b78a066d975acb6505f5d0": "payroll_jp_params_withholding",  # payroll/jp/params/withholding.toml
    "a437057dfe7a0fc6aa29d30b4e3c73a8ce0b1d7d0a75efb1ce001e12e22c888e": "payroll_jp_params_withholding_table",  # payroll/jp/params/withholding_table.toml
    "959227854470fb2d8a520f0cbae4da2c2be222960f97c6031ea8903468e9c354": "payroll_uk_params_income_tax",  # payroll/uk/params/income_tax.toml
    "cb4429511317ee2e51f01f372b3ee67945820a5b18447129458bec18b23dcca1": "payroll_uk_params_national_insurance",  # payroll/uk/params/national_insurance.toml
    "c2bb5565d43465ef958e725db3855aae200d24a060ddae99626a5f3a60ba7dc4": "payroll_uk_params_student_loans",  # payroll/uk/params/student_loans.toml
    "f43b2f350372e55ab01b9ae22cc9a46481b1393e86fe2a612f25d8bbe7b1aa7f": "payroll_us_params_federal",  # payroll/us/params/federal.toml
    "1902d545374a44808759c26ed3eaf6e9dbb273f1445b93865e2774e9bc34bba0": "payroll_us_params_fica",  # payroll/us/params/fica.toml
    "cfa5d57e1d57691051a45dcda2f9bdac1fed9c08e938706e84f2c32bd2d7dd1d": "payroll_us_params_local",  # payroll/us/params/local.toml
    "6eae0b238dd4bbc40a9d2e9d1d9ef77d9049f34d237a4c74b3efa9a79f294747": "payroll_us_params_state_payroll",  # payroll/us/params/state_payroll.toml
    "b02af42cdde7e3fdf1fb28dd6335c75df5f986d38ddba9dc4ffaf1fd016f24ef": "payroll_us_params_states",  # payroll/us/params/states.toml
}
